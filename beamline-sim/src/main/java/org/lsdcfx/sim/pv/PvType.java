package org.lsdcfx.sim.pv;

import org.epics.pva.data.PVAByteArray;
import org.epics.pva.data.PVAData;
import org.epics.pva.data.PVADouble;
import org.epics.pva.data.PVADoubleArray;
import org.epics.pva.data.PVAInt;
import org.epics.pva.data.PVANumber;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStringArray;

import java.util.Arrays;
import java.util.Objects;

/**
 * How a Java value type maps onto the {@code value} field of an NT structure. The shared constants are stateless.
 *
 * @param <T> Java value type
 */
public interface PvType<T> {

    /** NT type label for listings: double, int, string, double[], ubyte[], string[]. */
    String label();

    PVAData create(T initial);

    T read(PVAData field);

    void write(PVAData field, T value);

    default boolean same(T a, T b) {
        return Objects.equals(a, b);
    }

    PvType<Double> DOUBLE = new PvType<>() {
        public String label() {
            return "double";
        }

        public PVAData create(Double v) {
            return new PVADouble("value", v);
        }

        public Double read(PVAData f) {
            if (f instanceof PVANumber n) {
                return n.getNumber().doubleValue();
            }
            return Double.parseDouble(((PVAString) f).get().strip());
        }

        public void write(PVAData f, Double v) {
            ((PVADouble) f).set(v);
        }
    };

    PvType<Integer> INT = new PvType<>() {
        public String label() {
            return "int";
        }

        public PVAData create(Integer v) {
            return new PVAInt("value", v);
        }

        public Integer read(PVAData f) {
            if (f instanceof PVANumber n) {
                return n.getNumber().intValue();
            }
            return Integer.parseInt(((PVAString) f).get().strip());
        }

        public void write(PVAData f, Integer v) {
            ((PVAInt) f).set(v);
        }
    };

    PvType<String> STRING = new PvType<>() {
        public String label() {
            return "string";
        }

        public PVAData create(String v) {
            return new PVAString("value", v);
        }

        public String read(PVAData f) {
            String s = ((PVAString) f).get();
            return s == null ? "" : s;
        }

        public void write(PVAData f, String v) {
            ((PVAString) f).set(v);
        }
    };

    PvType<double[]> DOUBLE_ARRAY = new PvType<>() {
        public String label() {
            return "double[]";
        }

        public PVAData create(double[] v) {
            return new PVADoubleArray("value", v.clone());
        }

        public double[] read(PVAData f) {
            return ((PVADoubleArray) f).get().clone();
        }

        public void write(PVAData f, double[] v) {
            ((PVADoubleArray) f).set(v.clone());
        }

        public boolean same(double[] a, double[] b) {
            return Arrays.equals(a, b);
        }
    };

    PvType<byte[]> UBYTE_ARRAY = new PvType<>() {
        public String label() {
            return "ubyte[]";
        }

        public PVAData create(byte[] v) {
            return new PVAByteArray("value", true, v.clone());
        }

        public byte[] read(PVAData f) {
            return ((PVAByteArray) f).get().clone();
        }

        public void write(PVAData f, byte[] v) {
            ((PVAByteArray) f).set(v.clone());
        }

        public boolean same(byte[] a, byte[] b) {
            return Arrays.equals(a, b);
        }
    };

    PvType<String[]> STRING_ARRAY = new PvType<>() {
        public String label() {
            return "string[]";
        }

        public PVAData create(String[] v) {
            return new PVAStringArray("value", v.clone());
        }

        public String[] read(PVAData f) {
            return ((PVAStringArray) f).get().clone();
        }

        public void write(PVAData f, String[] v) {
            ((PVAStringArray) f).set(v.clone());
        }

        public boolean same(String[] a, String[] b) {
            return Arrays.equals(a, b);
        }
    };
}
