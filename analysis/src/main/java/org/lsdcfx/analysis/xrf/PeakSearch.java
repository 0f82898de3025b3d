package org.lsdcfx.analysis.xrf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds peaks in the background-subtracted spectrum: local maxima of the net counts smoothed over about
 * half a detector FWHM, kept when their net counts over ±½ FWHM are significant against Poisson noise and no
 * stronger maximum lies within one FWHM. Stateless.
 */
final class PeakSearch {

    private PeakSearch() {
    }

    static List<XrfPeak> find(XrfSpectrum spectrum, double[] background, DetectorResponse detector,
                              int firstChannel, int lastChannel, double minSignificance) {
        double[] counts = spectrum.counts();
        EnergyCalibration cal = spectrum.calibration();
        double gain = cal.gainEvPerChannel();
        int n = counts.length;
        double[] net = new double[n];
        for (int i = 0; i < n; i++) {
            net[i] = counts[i] - background[i];
        }
        double[] smooth = new double[n];
        for (int i = firstChannel; i <= lastChannel; i++) {
            double sigma = Math.max(0.5, 0.25 * detector.fwhmEv(cal.energyEv(i)) / gain);
            int reach = (int) Math.ceil(3 * sigma);
            double sum = 0;
            double weights = 0;
            for (int k = Math.max(0, i - reach); k <= Math.min(n - 1, i + reach); k++) {
                double w = Math.exp(-0.5 * Math.pow((k - i) / sigma, 2));
                sum += w * net[k];
                weights += w;
            }
            smooth[i] = sum / weights;
        }
        List<XrfPeak> candidates = new ArrayList<>();
        for (int i = firstChannel + 1; i < lastChannel; i++) {
            if (!(smooth[i] > 0 && smooth[i] >= smooth[i - 1] && smooth[i] > smooth[i + 1])) {
                continue;
            }
            int half = Math.max(1, (int) Math.round(0.5 * detector.fwhmEv(cal.energyEv(i)) / gain));
            double area = 0;
            double under = 0;
            double moment = 0;
            for (int k = Math.max(0, i - half); k <= Math.min(n - 1, i + half); k++) {
                area += net[k];
                under += background[k];
                moment += net[k] * cal.energyEv(k);
            }
            if (area <= 0) {
                continue;
            }
            double significance = area / Math.sqrt(area + under + 1);
            if (significance >= minSignificance) {
                candidates.add(new XrfPeak(moment / area, area, significance));
            }
        }
        // Keep the strongest of maxima closer than one FWHM (noise ripples on one peak).
        candidates.sort(Comparator.comparingDouble(XrfPeak::significance).reversed());
        List<XrfPeak> kept = new ArrayList<>();
        for (XrfPeak p : candidates) {
            boolean near = kept.stream().anyMatch(q -> Math.abs(q.energyEv() - p.energyEv()) < detector.fwhmEv(p.energyEv()));
            if (!near) {
                kept.add(p);
            }
        }
        kept.sort(Comparator.comparingDouble(XrfPeak::energyEv));
        return kept;
    }
}
