package org.lsdcfx.datafiles.layout;

/** Why the layout refused a request; {@link DataLayoutException#refusal()} carries one. */
public enum Refusal {
    /** The file prefix breaks LSDC's rule (1..25 characters of {@code [0-9a-zA-Z-_]}, not starting with '-'). */
    INVALID_PREFIX,
    /** The visit name is empty or contains characters other than {@code [0-9a-zA-Z-_]}. */
    INVALID_VISIT,
    /** The puck name or pin number cannot form the {@code <puck>_<pin>} directory. */
    INVALID_SAMPLE_POSITION,
    /** The requested run number is out of range. */
    INVALID_RUN,
    /** The request's base path is not the current visit base path (and is not an accepted commissioning path). */
    WRONG_BASE_PATH,
    /** A path contains a {@code ..} component. */
    PARENT_REFERENCE,
    /** A path resolves outside the visit directory. */
    OUTSIDE_VISIT,
    /** A symbolic link on the path points outside the visit directory, or nowhere. */
    SYMLINK_ESCAPE,
    /** Something that must be a directory is a file (or the reverse). */
    NOT_A_DIRECTORY,
    /** The run directory exists and the policy forbids moving to the next free run. */
    RUN_EXISTS,
    /** No free run number is left below the configured maximum. */
    NO_FREE_RUN,
    /** The file to create already exists; nothing is ever overwritten. */
    FILE_EXISTS,
    /** The base or visit directory is missing, or the file system refused an operation. */
    IO
}
