package org.lsdcfx.analysis.xrf;

/**
 * A peak found in a spectrum: centroid energy (eV), net counts over ±½ FWHM and its significance (net
 * counts over their Poisson standard deviation, background included).
 */
public record XrfPeak(double energyEv, double netCounts, double significance) {
}
