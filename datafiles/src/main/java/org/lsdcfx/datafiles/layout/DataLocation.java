package org.lsdcfx.datafiles.layout;

/**
 * Where a request asks its data to go, in LSDC's {@code request_obj} terms. Everything here is untrusted input: the
 * layout validates each field and confines the result to the visit.
 *
 * @param basePath     {@code request_obj.basePath}; null or blank means the server's current visit base path
 * @param visit        {@code request_obj.visit_name}
 * @param filePrefix   {@code request_obj.file_prefix} (LSDC: the sample name)
 * @param requestedRun {@code request_obj.runNum} (LSDC: the sample's {@code request_count})
 * @param puck         the name of the puck holding the sample
 * @param pin          the pin position in the puck, 1-based
 */
public record DataLocation(String basePath, String visit, String filePrefix, int requestedRun, String puck, int pin) {
}
