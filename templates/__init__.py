"""Default templates shipped with giaoban; copy them with `giaoban templates copy DIR`."""
