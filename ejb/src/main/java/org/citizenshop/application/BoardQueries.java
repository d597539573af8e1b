package org.citizenshop.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the display board of a shop shows. */
public interface BoardQueries {

    /** The latest calls of the shop's day, newest first. */
    List<BoardCall> recentCalls(@NotBlank @Size(max = 30) String shop, @Min(1) @Max(50) int limit);
}
