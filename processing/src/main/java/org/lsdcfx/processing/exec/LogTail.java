package org.lsdcfx.processing.exec;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The last lines of a log file, for failure reports. */
public final class LogTail {
    private static final int MAX_BYTES = 8192;

    private LogTail() {
    }

    /** The last {@code lines} lines (at most 8 KiB) of {@code file}, or "" when it cannot be read. */
    public static String of(Path file, int lines) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            int n = (int) Math.min(length, MAX_BYTES);
            byte[] buf = new byte[n];
            f.seek(length - n);
            f.readFully(buf);
            String text = new String(buf, StandardCharsets.UTF_8).stripTrailing();
            int from = text.length();
            for (int i = 0; i < lines && from > 0; i++) {
                from = text.lastIndexOf('\n', from - 1);
                if (from < 0) {
                    from = 0;
                    break;
                }
            }
            return text.substring(from == 0 ? 0 : from + 1);
        } catch (IOException e) {
            return "";
        }
    }
}
