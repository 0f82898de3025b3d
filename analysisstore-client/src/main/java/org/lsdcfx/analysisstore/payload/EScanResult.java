package org.lsdcfx.analysisstore.payload;

import java.util.List;
import org.bson.Document;

/**
 * A fluorescence energy scan ({@code result_type "eScanResult"}). LSDC stored only a databroker id; LSDC-FX keeps
 * the scan itself so the GUI can plot it without another service.
 *
 * @param element  element symbol ("Se")
 * @param edge     absorption edge ("K", "L3")
 * @param energies scan energies, eV
 * @param counts   fluorescence counts in the ROI, one per energy
 * @param dataFile text file the scan was also written to, or empty
 */
public record EScanResult(String element, String edge, List<Double> energies, List<Double> counts, String dataFile)
        implements ResultPayload {

    public EScanResult {
        if (element == null || element.isBlank() || edge == null || edge.isBlank()) {
            throw new IllegalArgumentException("an energy scan result needs the element and the edge");
        }
        energies = List.copyOf(energies);
        counts = List.copyOf(counts);
        if (energies.size() != counts.size()) {
            throw new IllegalArgumentException("energy scan has " + energies.size() + " energies but " + counts.size()
                    + " counts");
        }
        dataFile = dataFile == null ? "" : dataFile;
    }

    @Override
    public Document toDocument() {
        return new Document("element", element).append("edge", edge).append("energies", energies)
                .append("counts", counts).append("dataFile", dataFile);
    }

    public static EScanResult fromDocument(Document d) {
        return new EScanResult(Fields.text(d, "element"), Fields.text(d, "edge"), Fields.numbers(d, "energies"),
                Fields.numbers(d, "counts"), Fields.optText(d, "dataFile"));
    }
}
