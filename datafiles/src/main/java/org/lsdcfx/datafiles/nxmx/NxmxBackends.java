package org.lsdcfx.datafiles.nxmx;

import java.util.Locale;

import org.lsdcfx.datafiles.nxmx.fallback.JhdfNxmxBackend;

/**
 * Chooses the NXmx backend. The HDF Group's JNI library (Debian {@code libhdf5-java}) writes Eiger-style datasets:
 * a master file with external links to data files that are appended frame by frame. When it is not available (its
 * backend was not compiled, {@code jarhdf5.jar} is not on the class path, or {@code libhdf5_java.so} cannot be
 * loaded) the pure-Java jhdf fallback writes a self-contained master holding the frames itself; jhdf builds a file in
 * memory, so that fallback refuses datasets above a memory limit and cannot resume. See
 * {@code docs/decisions/0004-nxmx-writer.md}.
 *
 * <p>The choice is recomputed on each call (the JVM loads the library once); no state is kept here.
 */
public final class NxmxBackends {
    /** The JNI backend, compiled from {@code src/jni/java} only when the jar exists at build time. */
    public static final String JNI_BACKEND_CLASS = "org.lsdcfx.datafiles.nxmx.jni.JniNxmxBackend";

    /** Which backend a configuration asks for. */
    public enum Preference {
        /** The JNI backend when it works, else the fallback. */
        AUTO,
        /** The JNI backend or an error saying why it is unavailable. */
        JNI,
        /** The self-contained jhdf fallback. */
        JHDF;

        public static Preference fromString(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new NxmxException("unknown NXmx backend '" + text + "' (expected auto, jni or jhdf)");
            }
        }
    }

    /**
     * The chosen backend, and why.
     *
     * @param backend the backend
     * @param reason  a sentence for the launcher and the logs
     */
    public record Choice(NxmxBackend backend, String reason) {
        public String name() {
            return backend.name();
        }
    }

    private NxmxBackends() {
    }

    /** The JNI backend when it works, else the jhdf fallback; the reason says why. */
    public static Choice active() {
        return select(Preference.AUTO);
    }

    public static Choice select(Preference preference) {
        if (preference == Preference.JHDF) {
            return new Choice(new JhdfNxmxBackend(), "the self-contained jhdf writer was configured");
        }
        try {
            NxmxBackend jni = loadJni();
            return new Choice(jni, "the HDF Group's JNI library is available: master files link to data files");
        } catch (NxmxException unavailable) {
            if (preference == Preference.JNI) {
                throw unavailable;
            }
            return new Choice(new JhdfNxmxBackend(), unavailable.getMessage()
                    + "; using the self-contained jhdf writer (frames inside the master, limited to "
                    + JhdfNxmxBackend.defaultMaxBytes() / (1024 * 1024) + " MB per dataset, no resume)");
        }
    }

    private static NxmxBackend loadJni() {
        Class<?> type;
        try {
            type = Class.forName(JNI_BACKEND_CLASS, true, NxmxBackends.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new NxmxException("the JNI backend is not part of this build (built without /usr/share/java/jarhdf5.jar)", e);
        } catch (LinkageError e) {
            throw unavailable(e);
        }
        try {
            return (NxmxBackend) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw unavailable(e.getCause() == null ? e : e.getCause());
        } catch (LinkageError e) {
            throw unavailable(e);
        }
    }

    private static NxmxException unavailable(Throwable cause) {
        if (cause instanceof NoClassDefFoundError && String.valueOf(cause.getMessage()).contains("hdf/hdf5lib")) {
            return new NxmxException("the HDF5 JNI classes are missing: add /usr/share/java/jarhdf5.jar (Debian package "
                    + "libhdf5-java) to the class path", cause);
        }
        return new NxmxException("the HDF5 JNI library cannot be loaded (" + cause + "); install libhdf5-java and start "
                + "Java with -Djava.library.path=/usr/lib/x86_64-linux-gnu/jni", cause);
    }
}
