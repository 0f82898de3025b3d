package org.lsdcfx.datafiles.nxmx.tree;

/**
 * An HDF5 external link: {@code name} in this group points to {@code targetPath} in {@code fileName}, a file name
 * relative to the directory of the linking file.
 */
public record NxExternalLink(String name, String fileName, String targetPath) implements NxNode {
}
