package org.lsdcfx.launcher;

/** Whether a window can be shown here (an X11 or Wayland display on Linux; assumed elsewhere). */
final class Displays {
    private Displays() {
    }

    static boolean available() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
