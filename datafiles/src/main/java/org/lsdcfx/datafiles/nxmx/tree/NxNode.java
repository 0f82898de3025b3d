package org.lsdcfx.datafiles.nxmx.tree;

/**
 * A node of an HDF5/NeXus tree that a backend renders into a file: a group, a dataset, or an external link. The tree
 * describes a master file once, independently of the HDF5 library that writes it.
 */
public sealed interface NxNode permits NxGroup, NxDataset, NxExternalLink {
    String name();
}
