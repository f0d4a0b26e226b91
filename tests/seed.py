"""The seed of every random choice in the tests.

Printed in the test run's header; ``JOURNEYBOARD_TEST_SEED=N`` repeats a run's choices
(the random texts, the sampled bad files, Hypothesis's examples). Tests draw from
``random.Random(SEED)`` (or a number derived from it), never from the global generator.
"""

import os

SEED = int(os.environ.get("JOURNEYBOARD_TEST_SEED") or int.from_bytes(os.urandom(4), "big"))
