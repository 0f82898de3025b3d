package org.lsdcfx.analysis.escan.synthetic;

/**
 * The true features of a synthetic edge: peak (max f'') and inflection (min f') energies in eV, with f'
 * and f'' (electrons) there.
 */
public record EdgeFeatures(double peakEv, double fprimePeak, double f2primePeak,
                           double inflectionEv, double fprimeInfl, double f2primeInfl) {
}
