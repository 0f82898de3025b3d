package org.lsdcfx.gui.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request form's content for new requests: request_obj values under LSDC's names (protocol, sweep, exposure,
 * beam, processing, protocol block) plus the data location choices, which are completed per sample.
 *
 * @param values          request_obj keys and values, without the per-sample file keys
 * @param filePrefix      {@code file_prefix}; blank means "the sample's name" (LSDC's default)
 * @param fileNumberStart {@code file_number_start}
 */
public record RequestDraft(Map<String, Object> values, String filePrefix, int fileNumberStart) {
    public RequestDraft {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        filePrefix = filePrefix == null ? "" : filePrefix.trim();
    }

    public String protocol() {
        Object p = values.get(org.lsdcfx.amostra.RequestKeys.PROTOCOL);
        return p == null ? "standard" : p.toString();
    }
}
