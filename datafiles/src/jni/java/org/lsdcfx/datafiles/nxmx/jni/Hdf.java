package org.lsdcfx.datafiles.nxmx.jni;

import static hdf.hdf5lib.HDF5Constants.H5F_ACC_EXCL;
import static hdf.hdf5lib.HDF5Constants.H5F_ACC_RDONLY;
import static hdf.hdf5lib.HDF5Constants.H5F_ACC_RDWR;
import static hdf.hdf5lib.HDF5Constants.H5P_DEFAULT;
import static hdf.hdf5lib.HDF5Constants.H5S_ALL;
import static hdf.hdf5lib.HDF5Constants.H5S_SCALAR;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import hdf.hdf5lib.H5;
import hdf.hdf5lib.HDF5Constants;
import hdf.hdf5lib.exceptions.HDF5Exception;

import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.tree.NxDataset;
import org.lsdcfx.datafiles.nxmx.tree.NxExternalLink;
import org.lsdcfx.datafiles.nxmx.tree.NxGroup;
import org.lsdcfx.datafiles.nxmx.tree.NxNode;

/**
 * Thin helpers over the HDF Group's JNI API ({@code hdf.hdf5lib.H5}): files, groups, datasets and attributes of the
 * kinds an {@link NxGroup} tree holds, and the reads a resume needs. Every identifier opened here is closed here.
 * The JNI methods are synchronized on the H5 class, so these helpers are thread-safe but serialise.
 */
final class Hdf {
    private Hdf() {
    }

    /** Creates a new file; fails if the name exists (O_EXCL), so nothing is overwritten. */
    static long createFile(Path path) {
        try {
            return H5.H5Fcreate(path.toString(), H5F_ACC_EXCL, H5P_DEFAULT, H5P_DEFAULT);
        } catch (HDF5Exception e) {
            throw new NxmxException("cannot create " + path + " (it may exist already; nothing is overwritten): "
                    + e.getMessage(), e);
        }
    }

    static long openFile(Path path, boolean writable) {
        try {
            return H5.H5Fopen(path.toString(), writable ? H5F_ACC_RDWR : H5F_ACC_RDONLY, H5P_DEFAULT);
        } catch (HDF5Exception e) {
            throw new NxmxException("cannot open " + path + ": " + e.getMessage(), e);
        }
    }

    static long createGroup(long loc, String name, String nxClass) {
        long g = H5.H5Gcreate(loc, name, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        writeAttribute(g, "NX_class", nxClass);
        return g;
    }

    static long openGroup(long loc, String path) {
        return H5.H5Gopen(loc, path, H5P_DEFAULT);
    }

    static boolean exists(long loc, String name) {
        return H5.H5Lexists(loc, name, H5P_DEFAULT);
    }

    /** Writes the group, its attributes and everything under it as a child of {@code loc}. */
    static void writeTree(long loc, NxGroup group) {
        long g = createGroup(loc, group.name(), group.nxClass());
        try {
            group.attributes().forEach((k, v) -> writeAttribute(g, k, v));
            for (NxNode child : group.children()) {
                if (child instanceof NxGroup sub) {
                    writeTree(g, sub);
                } else if (child instanceof NxDataset d) {
                    writeDataset(g, d);
                } else if (child instanceof NxExternalLink link) {
                    writeLink(g, link);
                }
            }
        } finally {
            H5.H5Gclose(g);
        }
    }

    static void writeLink(long loc, NxExternalLink link) {
        H5.H5Lcreate_external(link.fileName(), link.targetPath(), loc, link.name(), H5P_DEFAULT, H5P_DEFAULT);
    }

    /** Writes a scalar or 1-D dataset with its attributes. */
    static void writeDataset(long loc, NxDataset d) {
        Typed t = Typed.of(d.value());
        long space = t.space();
        long dset = -1;
        try {
            dset = H5.H5Dcreate(loc, d.name(), t.fileType, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
            t.writeDataset(dset);
            for (Map.Entry<String, Object> a : d.attributes().entrySet()) {
                writeAttribute(dset, a.getKey(), a.getValue());
            }
        } finally {
            if (dset >= 0) {
                H5.H5Dclose(dset);
            }
            H5.H5Sclose(space);
            t.close();
        }
    }

    static void writeAttribute(long obj, String name, Object value) {
        Typed t = Typed.of(value);
        long space = t.space();
        long attr = -1;
        try {
            attr = H5.H5Acreate(obj, name, t.fileType, space, H5P_DEFAULT, H5P_DEFAULT);
            t.writeAttribute(attr);
        } finally {
            if (attr >= 0) {
                H5.H5Aclose(attr);
            }
            H5.H5Sclose(space);
            t.close();
        }
    }

    static String readStringAttribute(long obj, String name) {
        long attr = H5.H5Aopen(obj, name, H5P_DEFAULT);
        long type = H5.H5Aget_type(attr);
        try {
            if (H5.H5Tis_variable_str(type)) {
                String[] out = new String[1];
                H5.H5Aread_VLStrings(attr, type, out);
                return out[0];
            }
            byte[] buf = new byte[(int) H5.H5Tget_size(type)];
            H5.H5Aread(attr, type, buf);
            return decode(buf);
        } finally {
            H5.H5Tclose(type);
            H5.H5Aclose(attr);
        }
    }

    static long[] readLongsAttribute(long obj, String name) {
        long attr = H5.H5Aopen(obj, name, H5P_DEFAULT);
        long space = H5.H5Aget_space(attr);
        try {
            long[] out = new long[(int) H5.H5Sget_simple_extent_npoints(space)];
            H5.H5Aread_long(attr, HDF5Constants.H5T_NATIVE_INT64, out);
            return out;
        } finally {
            H5.H5Sclose(space);
            H5.H5Aclose(attr);
        }
    }

    static double[] readDoublesAttribute(long obj, String name) {
        long attr = H5.H5Aopen(obj, name, H5P_DEFAULT);
        long space = H5.H5Aget_space(attr);
        try {
            double[] out = new double[(int) H5.H5Sget_simple_extent_npoints(space)];
            H5.H5Aread_double(attr, HDF5Constants.H5T_NATIVE_DOUBLE, out);
            return out;
        } finally {
            H5.H5Sclose(space);
            H5.H5Aclose(attr);
        }
    }

    static String readStringDataset(long loc, String path) {
        long dset = H5.H5Dopen(loc, path, H5P_DEFAULT);
        long type = H5.H5Dget_type(dset);
        try {
            if (H5.H5Tis_variable_str(type)) {
                String[] out = new String[1];
                H5.H5Dread_VLStrings(dset, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, out);
                return out[0];
            }
            byte[] buf = new byte[(int) H5.H5Tget_size(type)];
            H5.H5Dread(dset, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, buf);
            return decode(buf);
        } finally {
            H5.H5Tclose(type);
            H5.H5Dclose(dset);
        }
    }

    /** A dataset of any numeric type, as doubles. */
    static double[] readDoubles(long loc, String path) {
        long dset = H5.H5Dopen(loc, path, H5P_DEFAULT);
        long space = H5.H5Dget_space(dset);
        try {
            double[] out = new double[(int) H5.H5Sget_simple_extent_npoints(space)];
            H5.H5Dread_double(dset, HDF5Constants.H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, out);
            return out;
        } finally {
            H5.H5Sclose(space);
            H5.H5Dclose(dset);
        }
    }

    private static String decode(byte[] buf) {
        int end = 0;
        while (end < buf.length && buf[end] != 0) {
            end++;
        }
        return new String(buf, 0, end, StandardCharsets.UTF_8);
    }

    static void closeFile(long file) {
        if (file >= 0) {
            H5.H5Fclose(file);
        }
    }

    /** A value with its HDF5 file type and dataspace shape. Strings get a fixed-length UTF-8 type of their own. */
    private static final class Typed {
        final Object value;
        final long fileType;
        final boolean ownType;
        final long length; // -1 for a scalar

        private Typed(Object value, long fileType, boolean ownType, long length) {
            this.value = value;
            this.fileType = fileType;
            this.ownType = ownType;
            this.length = length;
        }

        static Typed of(Object value) {
            if (value instanceof String s) {
                return new Typed(value, stringType(s.getBytes(StandardCharsets.UTF_8).length), true, -1);
            }
            if (value instanceof String[] a) {
                int max = 0;
                for (String s : a) {
                    max = Math.max(max, s.getBytes(StandardCharsets.UTF_8).length);
                }
                return new Typed(value, stringType(max), true, a.length);
            }
            if (value instanceof Double || value instanceof Float) {
                return new Typed(new double[] {((Number) value).doubleValue()}, HDF5Constants.H5T_IEEE_F64LE, false, -1);
            }
            if (value instanceof Long || value instanceof Integer) {
                return new Typed(new long[] {((Number) value).longValue()}, HDF5Constants.H5T_STD_I64LE, false, -1);
            }
            if (value instanceof double[] d) {
                return new Typed(d, HDF5Constants.H5T_IEEE_F64LE, false, d.length);
            }
            if (value instanceof long[] l) {
                return new Typed(l, HDF5Constants.H5T_STD_I64LE, false, l.length);
            }
            if (value instanceof int[] i) {
                return new Typed(i, HDF5Constants.H5T_STD_I32LE, false, i.length);
            }
            throw new NxmxException("cannot write a " + (value == null ? "null" : value.getClass().getSimpleName())
                    + " to HDF5");
        }

        private static long stringType(int bytes) {
            long t = H5.H5Tcopy(HDF5Constants.H5T_C_S1);
            H5.H5Tset_size(t, bytes + 1L);
            H5.H5Tset_strpad(t, HDF5Constants.H5T_STR_NULLTERM);
            H5.H5Tset_cset(t, HDF5Constants.H5T_CSET_UTF8);
            return t;
        }

        long space() {
            return length < 0 ? H5.H5Screate(H5S_SCALAR) : H5.H5Screate_simple(1, new long[] {length}, null);
        }

        /** Bytes of the fixed-length string(s), each padded with NULs to the type's size. */
        private byte[] stringBytes() {
            int size = (int) H5.H5Tget_size(fileType);
            String[] strings = value instanceof String s ? new String[] {s} : (String[]) value;
            byte[] buf = new byte[size * strings.length];
            for (int i = 0; i < strings.length; i++) {
                byte[] b = strings[i].getBytes(StandardCharsets.UTF_8);
                System.arraycopy(b, 0, buf, i * size, b.length);
            }
            return buf;
        }

        void writeDataset(long dset) {
            if (value instanceof double[] d) {
                H5.H5Dwrite_double(dset, HDF5Constants.H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, d);
            } else if (value instanceof long[] l) {
                H5.H5Dwrite_long(dset, HDF5Constants.H5T_NATIVE_INT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, l);
            } else if (value instanceof int[] i) {
                H5.H5Dwrite_int(dset, HDF5Constants.H5T_NATIVE_INT32, H5S_ALL, H5S_ALL, H5P_DEFAULT, i);
            } else {
                H5.H5Dwrite(dset, fileType, H5S_ALL, H5S_ALL, H5P_DEFAULT, stringBytes());
            }
        }

        void writeAttribute(long attr) {
            if (value instanceof double[] d) {
                H5.H5Awrite_double(attr, HDF5Constants.H5T_NATIVE_DOUBLE, d);
            } else if (value instanceof long[] l) {
                H5.H5Awrite_long(attr, HDF5Constants.H5T_NATIVE_INT64, l);
            } else if (value instanceof int[] i) {
                H5.H5Awrite_int(attr, HDF5Constants.H5T_NATIVE_INT32, i);
            } else {
                H5.H5Awrite(attr, fileType, stringBytes());
            }
        }

        void close() {
            if (ownType) {
                H5.H5Tclose(fileType);
            }
        }
    }
}
