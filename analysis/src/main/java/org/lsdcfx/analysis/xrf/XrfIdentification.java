package org.lsdcfx.analysis.xrf;

import java.util.List;

/**
 * The outcome of {@link XrfIdentifier#identify}.
 *
 * @param elements         identified elements, highest score first
 * @param peaks            every peak detected in the spectrum, by energy
 * @param unexplainedPeaks detected peaks that neither an identified element nor scatter accounts for
 * @param notes            candidates that were considered and turned down, with the reason
 */
public record XrfIdentification(List<IdentifiedElement> elements, List<XrfPeak> peaks, List<XrfPeak> unexplainedPeaks,
                                List<String> notes) {

    public XrfIdentification {
        elements = List.copyOf(elements);
        peaks = List.copyOf(peaks);
        unexplainedPeaks = List.copyOf(unexplainedPeaks);
        notes = List.copyOf(notes);
    }

    /** Symbols of the identified elements, highest score first. */
    public List<String> symbols() {
        return elements.stream().map(IdentifiedElement::symbol).toList();
    }
}
