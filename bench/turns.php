<?php
/**
 * The best time of each way, in nanoseconds per unit of work, over $rounds rounds: the ways
 * take turns within a round, so that a slow spell of the machine falls on all of them.
 * Each way is a callable that does $units units of work (calls, lines) when called.
 */
function best_in_turns(array $ways, int $rounds, int $units): array
{
    $best = array_fill_keys(array_keys($ways), INF);
    for ($round = 0; $round < $rounds; $round++) {
        foreach ($ways as $name => $way) {
            $start = hrtime(true);
            $way();
            $best[$name] = min($best[$name], (hrtime(true) - $start) / $units);
        }
    }
    return $best;
}
