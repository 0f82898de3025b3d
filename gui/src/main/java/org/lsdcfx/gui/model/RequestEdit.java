package org.lsdcfx.gui.model;

import java.util.Map;
import org.lsdcfx.amostra.Request;

/**
 * One request to change with "Apply Changes".
 *
 * @param seen            the request as the GUI showed it
 * @param expectedVersion the version the user's edit is based on: the store refuses the edit if the request
 *                        changed since (nothing is silently overwritten)
 * @param changes         the request_obj keys to set
 */
public record RequestEdit(Request seen, long expectedVersion, Map<String, Object> changes) {
}
