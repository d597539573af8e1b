package org.citizenshop.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Alert me when {@code threshold} tickets are before me", by {@code SMS} or {@code EMAIL}. */
public record AlertRequest(
        @NotBlank @Size(max = 10) String channel,
        @NotBlank @Size(max = 254) String contact,
        @Min(0) @Max(20) int threshold) {}
