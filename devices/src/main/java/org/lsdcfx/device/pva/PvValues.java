package org.lsdcfx.device.pva;

import org.epics.pva.data.PVABool;
import org.epics.pva.data.PVAByteArray;
import org.epics.pva.data.PVAData;
import org.epics.pva.data.PVADoubleArray;
import org.epics.pva.data.PVAFloatArray;
import org.epics.pva.data.PVAIntArray;
import org.epics.pva.data.PVANumber;
import org.epics.pva.data.PVAShortArray;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStringArray;
import org.epics.pva.data.PVAStructure;
import org.epics.pva.data.PVAValue;

/** Reads the {@code value} field of a (normative-type) PVA structure as a Java value. Stateless. */
public final class PvValues {
    private PvValues() {
    }

    public static PVAData value(PVAStructure s) {
        PVAData v = s.get("value");
        if (v == null) {
            throw new IllegalArgumentException("structure has no 'value' field: " + s.getStructureName());
        }
        return v;
    }

    public static double asDouble(PVAStructure s) {
        PVAData v = value(s);
        if (v instanceof PVANumber n) {
            return n.getNumber().doubleValue();
        }
        if (v instanceof PVABool b) {
            return b.get() ? 1 : 0;
        }
        if (v instanceof PVAString str) {
            return Double.parseDouble(str.get().strip());
        }
        throw new IllegalArgumentException("value of type " + v.getType() + " is not a number");
    }

    public static int asInt(PVAStructure s) {
        return (int) Math.round(asDouble(s));
    }

    public static boolean asBoolean(PVAStructure s) {
        return asDouble(s) != 0;
    }

    public static String asString(PVAStructure s) {
        PVAData v = value(s);
        if (v instanceof PVAString str) {
            return str.get() == null ? "" : str.get();
        }
        if (v instanceof PVANumber n) {
            return n.getNumber().toString();
        }
        if (v instanceof PVAValue pv) {
            return pv.formatValue();
        }
        return v.toString();
    }

    public static double[] asDoubleArray(PVAStructure s) {
        PVAData v = value(s);
        if (v instanceof PVADoubleArray a) {
            return a.get().clone();
        }
        if (v instanceof PVAFloatArray a) {
            float[] f = a.get();
            double[] d = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                d[i] = f[i];
            }
            return d;
        }
        if (v instanceof PVAIntArray a) {
            return java.util.Arrays.stream(a.get()).asDoubleStream().toArray();
        }
        throw new IllegalArgumentException("value of type " + v.getType() + " is not a numeric array");
    }

    public static byte[] asBytes(PVAStructure s) {
        PVAData v = value(s);
        if (v instanceof PVAByteArray a) {
            return a.get().clone();
        }
        if (v instanceof PVAShortArray a) {
            short[] in = a.get();
            byte[] out = new byte[in.length];
            for (int i = 0; i < in.length; i++) {
                out[i] = (byte) in[i];
            }
            return out;
        }
        throw new IllegalArgumentException("value of type " + v.getType() + " is not a byte array");
    }

    public static String[] asStringArray(PVAStructure s) {
        PVAData v = value(s);
        if (v instanceof PVAStringArray a) {
            return a.get().clone();
        }
        throw new IllegalArgumentException("value of type " + v.getType() + " is not a string array");
    }
}
