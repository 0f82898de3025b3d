package org.lsdcfx.datafiles.layout;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * A visit directory ({@code <basePath>/<visit>}) and the confinement of every path to it. All paths handed out are
 * inside {@link #root()}, which is a real path (symbolic links resolved). A requested path is refused when it contains
 * {@code ..}, names a place outside the visit, or crosses a symbolic link that leads outside it (or nowhere).
 * Directories are created one component at a time and re-checked afterwards, and files are created with
 * {@code CREATE_NEW}, so a concurrent change can make a call fail but never makes it write outside the visit or over
 * an existing file.
 *
 * <p>Immutable and thread-safe; the file system is the only shared state.
 */
public final class VisitDirectory {
    private static final Pattern VISIT_NAME = Pattern.compile("[0-9a-zA-Z][0-9a-zA-Z_-]{0,63}");

    private final Path root;
    private final String visit;

    private VisitDirectory(Path root, String visit) {
        this.root = root;
        this.visit = visit;
    }

    /**
     * The visit directory {@code <basePath>/<visit>}.
     *
     * @param basePath an existing absolute directory (it may itself be reached through a symbolic link)
     * @param visit    the visit name: 1..64 characters of {@code [0-9a-zA-Z-_]}, starting with a letter or digit
     * @param create   create the visit directory when it does not exist; otherwise a missing one is refused
     */
    public static VisitDirectory open(Path basePath, String visit, boolean create) {
        if (visit == null || !VISIT_NAME.matcher(visit).matches()) {
            throw new DataLayoutException(Refusal.INVALID_VISIT, "the visit name '" + visit
                    + "' is not 1..64 characters of 0-9 a-z A-Z - _ starting with a letter or digit");
        }
        if (basePath == null || !basePath.isAbsolute()) {
            throw new DataLayoutException(Refusal.WRONG_BASE_PATH, "the base path '" + basePath + "' is not absolute");
        }
        Path base;
        try {
            base = basePath.toRealPath();
        } catch (IOException e) {
            throw new DataLayoutException(Refusal.IO, "the base path " + basePath + " does not exist or cannot be read: "
                    + e.getMessage(), e);
        }
        if (!Files.isDirectory(base)) {
            throw new DataLayoutException(Refusal.NOT_A_DIRECTORY, "the base path " + basePath + " is not a directory");
        }
        Path dir = base.resolve(visit);
        if (create) {
            try {
                Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                // An existing visit directory is the normal case.
            } catch (IOException e) {
                throw new DataLayoutException(Refusal.IO, "cannot create the visit directory " + dir + ": " + e.getMessage(), e);
            }
        }
        try {
            // The visit directory itself may be a link placed by the facility; its target is the visit.
            Path real = dir.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new DataLayoutException(Refusal.NOT_A_DIRECTORY, "the visit path " + dir + " is not a directory");
            }
            return new VisitDirectory(real, visit);
        } catch (NoSuchFileException e) {
            throw new DataLayoutException(Refusal.IO, "the visit directory " + dir + " does not exist", e);
        } catch (IOException e) {
            throw new DataLayoutException(Refusal.IO, "cannot read the visit directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Confinement to an existing directory whose name need not follow the visit rule (a commissioning root). */
    static VisitDirectory existing(Path directory) {
        try {
            Path real = directory.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new DataLayoutException(Refusal.NOT_A_DIRECTORY, directory + " is not a directory");
            }
            return new VisitDirectory(real, String.valueOf(real.getFileName()));
        } catch (IOException e) {
            throw new DataLayoutException(Refusal.IO, "the directory " + directory + " does not exist or cannot be read", e);
        }
    }

    /** The visit directory as a real path. */
    public Path root() {
        return root;
    }

    public String visit() {
        return visit;
    }

    /** Whether {@code path} (absolute) lies inside the visit, following symbolic links of its existing part. */
    public boolean contains(Path path) {
        try {
            confine(path);
            return true;
        } catch (DataLayoutException e) {
            return false;
        }
    }

    /** {@link #confine(Path)} for a path given as text, as a request would give it. */
    public Path confine(String requested) {
        if (requested == null || requested.isBlank()) {
            throw new DataLayoutException(Refusal.OUTSIDE_VISIT, "an empty path was requested");
        }
        try {
            return confine(Path.of(requested));
        } catch (InvalidPathException e) {
            throw new DataLayoutException(Refusal.OUTSIDE_VISIT, "'" + requested + "' is not a valid path: " + e.getReason(), e);
        }
    }

    /**
     * The requested path, resolved against the visit when relative, with the symbolic links of its existing part
     * resolved. Nothing is created.
     *
     * @throws DataLayoutException {@link Refusal#PARENT_REFERENCE}, {@link Refusal#OUTSIDE_VISIT} or
     *                             {@link Refusal#SYMLINK_ESCAPE}
     */
    public Path confine(Path requested) {
        for (Path part : requested) {
            if (part.toString().equals("..")) {
                throw new DataLayoutException(Refusal.PARENT_REFERENCE, "the path '" + requested
                        + "' contains '..'; paths must stay inside the visit directory " + root);
            }
        }
        Path candidate = root.resolve(requested).normalize();
        if (!candidate.startsWith(root)) {
            throw new DataLayoutException(Refusal.OUTSIDE_VISIT, "the path '" + requested
                    + "' is outside the visit directory " + root);
        }
        // Resolve the longest existing part: a link on it may lead elsewhere.
        Path existing = candidate;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            throw new DataLayoutException(Refusal.SYMLINK_ESCAPE, "the path '" + requested + "' crosses " + existing
                    + ", a symbolic link that leads nowhere", e);
        }
        if (!real.startsWith(root)) {
            throw new DataLayoutException(Refusal.SYMLINK_ESCAPE, "the path '" + requested + "' crosses " + existing
                    + ", a symbolic link to " + real + " outside the visit directory " + root);
        }
        return real.resolve(existing.relativize(candidate));
    }

    /**
     * Creates the directory (and missing parents) inside the visit; existing directories are accepted. Each component
     * is created on its own and the result is checked again, so a link swapped in meanwhile is detected.
     *
     * @return the directory as a real path
     */
    public Path createDirectories(Path requested) {
        Path target = confine(requested);
        Path current = root;
        for (Path part : root.relativize(target)) {
            current = current.resolve(part);
            try {
                Files.createDirectory(current);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(current)) {
                    throw new DataLayoutException(Refusal.NOT_A_DIRECTORY, current + " exists and is not a directory");
                }
                current = confine(current);
            } catch (IOException e) {
                throw new DataLayoutException(Refusal.IO, "cannot create the directory " + current + ": " + e.getMessage(), e);
            }
        }
        return checkedAfterCreation(current);
    }

    /**
     * Creates exactly this directory, which must not exist yet (its parent must). This is how a directory is
     * claimed: of two callers racing for the same name, one gets it and the other gets {@link Refusal#FILE_EXISTS}.
     */
    public Path createNewDirectory(Path requested) {
        Path target = confine(requested);
        try {
            Files.createDirectory(target);
        } catch (FileAlreadyExistsException e) {
            throw new DataLayoutException(Refusal.FILE_EXISTS, target + " already exists; it is never reused", e);
        } catch (IOException e) {
            throw new DataLayoutException(Refusal.IO, "cannot create the directory " + target + ": " + e.getMessage(), e);
        }
        return checkedAfterCreation(target);
    }

    /**
     * Creates a new empty file ({@code CREATE_NEW}: fails if anything, even a dangling link, has that name).
     *
     * @throws DataLayoutException {@link Refusal#FILE_EXISTS} when the name is taken
     */
    public Path createNewFile(Path requested) {
        Path target = confine(requested);
        try (FileChannel ignored = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            return checkedAfterCreation(target);
        } catch (FileAlreadyExistsException e) {
            throw new DataLayoutException(Refusal.FILE_EXISTS, target + " already exists; it is never overwritten", e);
        } catch (IOException e) {
            throw new DataLayoutException(Refusal.IO, "cannot create the file " + target + ": " + e.getMessage(), e);
        }
    }

    private Path checkedAfterCreation(Path created) {
        try {
            Path real = created.toRealPath();
            if (!real.startsWith(root)) {
                throw new DataLayoutException(Refusal.SYMLINK_ESCAPE, created + " resolved to " + real
                        + " outside the visit directory " + root + " after it was created");
            }
            return real;
        } catch (IOException e) {
            throw new DataLayoutException(Refusal.IO, "cannot check " + created + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "VisitDirectory[" + root + "]";
    }
}
