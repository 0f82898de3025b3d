package org.lsdcfx.daq.routine.escan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Energies and times in messages: at most two decimals, no trailing zeros (12657.8, 1, 0.25). */
final class EnergyFormat {
    private EnergyFormat() {
    }

    static String ev(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
