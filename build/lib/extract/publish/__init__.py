"""Publishing: the formats (`formats`), the output folder as atomically switched generations
(`generations`), merging this run with what was published (`merge`), what a run changed (`changes`),
and writing a whole generation (`writer`)."""
