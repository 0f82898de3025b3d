package org.lsdcfx.analysis.loop;

/** The image edge the pin enters from: the omega axis is horizontal in the sample camera's image. */
public enum PinSide {
    LEFT,
    RIGHT
}
