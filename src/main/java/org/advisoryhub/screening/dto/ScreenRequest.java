package org.advisoryhub.screening.dto;

import java.util.List;

/** Values to screen: addresses, domains, hashes and the like, as found (defanged or not). */
public record ScreenRequest(List<String> values) {}
