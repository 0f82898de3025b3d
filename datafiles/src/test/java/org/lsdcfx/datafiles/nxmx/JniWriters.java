package org.lsdcfx.datafiles.nxmx;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The JNI backend for tests. It is expected when libhdf5-java is installed and this build compiled the backend (the
 * Maven profile hdf5-jni); then it must work. Otherwise the tests that need it are skipped, saying why.
 */
final class JniWriters {
    static final Path JAR = Path.of("/usr/share/java/jarhdf5.jar");

    private JniWriters() {
    }

    static boolean expected() {
        String classFile = NxmxBackends.JNI_BACKEND_CLASS.replace('.', '/') + ".class";
        return Files.exists(JAR) && NxmxBackends.class.getClassLoader().getResource(classFile) != null;
    }

    static NxmxBackend backend() {
        Assumptions.assumeTrue(expected(), "libhdf5-java is not installed (" + JAR + ") or this build has no JNI backend: "
                + "skipping the external-link NXmx tests");
        return NxmxBackends.select(NxmxBackends.Preference.JNI).backend();
    }
}
