package org.lsdcfx.mxtools.profile;

/**
 * A beamline profile could not be found, read or validated. The message names the profile and the offending key
 * (for example {@code "profile AMX: motors.omega.low (10.0) is above motors.omega.high (5.0)"}).
 */
public class ProfileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
