"""Checks of the cron model itself on made-up timelines: `python3 -m unittest tests/chaos/test_cron_model.py`."""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cron_model import Fire, Generation, Policy, Schedule, _epoch, iso, verify_job  # noqa: E402

X = _epoch(2026, 11, 28, 12, 0)  # an even minute


def ontime(slot, delay=0.3, status="completed"):
    return Fire(f"r{int(slot)}", slot + delay, status, "ontime")


def missed(slot, started):
    return Fire(f"m{int(slot)}", started, "completed", iso(slot))


LONG = [Generation(X - 200, X - 199.7, X - 5, "kill"), Generation(X + 125, X + 125.3, X + 200, "stop")]


class PolicyPlan(unittest.TestCase):
    def test_plans(self):
        due = [X, X + 60, X + 120]
        self.assertEqual(Policy.parse("skip").plan(due, X + 125), [(X + 120, False)])
        self.assertEqual(Policy.parse("once").plan(due, X + 125), [(X + 120, False)])
        self.assertEqual(Policy.parse("once").plan(due, X + 185), [(X + 120, True)])
        self.assertEqual(Policy.parse("catch_up:1").plan(due, X + 125), [(X + 60, True), (X + 120, False)])
        self.assertEqual(Policy.parse("catch_up:3").plan(due, X + 125), [(X, True), (X + 60, True), (X + 120, False)])

    def test_slots(self):
        self.assertEqual(Schedule.parse("1-59/2 * * * *").slots(X - 1, X + 180), [X + 60, X + 180])
        self.assertEqual(Schedule.parse("*/2 * * * *").slots(X, X + 240), [X + 120, X + 240])
        self.assertEqual(Schedule.parse(f"at {iso(X - 2)}").slots(X - 30, X + 10), [X - 2])


class LongDowntime(unittest.TestCase):
    def every_minute(self, policy, g1):
        g0 = [ontime(X - 180), ontime(X - 120), ontime(X - 60)]
        return verify_job("j", "* * * * *", policy, X - 190, LONG, g0 + g1)

    def test_catch_up_one_runs_the_latest_missed_and_the_on_time(self):
        v = self.every_minute("catch_up:1", [missed(X + 60, X + 125.4), ontime(X + 120, 5.5), ontime(X + 180)])
        self.assertEqual(v.violations, [])
        self.assertEqual(v.dropped_by_policy, 1)

    def test_catch_up_one_running_too_much_fails(self):
        v = self.every_minute("catch_up:1", [missed(X, X + 125.3), missed(X + 60, X + 125.4), ontime(X + 120, 5.5), ontime(X + 180)])
        self.assertTrue(v.violations)

    def test_catch_up_missing_a_fire_fails(self):
        v = self.every_minute("catch_up:1", [ontime(X + 120, 5.5), ontime(X + 180)])
        self.assertTrue(any("did not fire" in x for x in v.violations), v.violations)

    def test_skip_and_once(self):
        self.assertEqual(self.every_minute("skip", [ontime(X + 120, 5.5), ontime(X + 180)]).violations, [])
        self.assertEqual(self.every_minute("once", [ontime(X + 120, 5.5), ontime(X + 180)]).violations, [])
        self.assertTrue(self.every_minute("skip", [missed(X + 60, X + 125.4), ontime(X + 120, 5.5), ontime(X + 180)]).violations)
        self.assertTrue(self.every_minute("once", [missed(X + 60, X + 125.4), ontime(X + 120, 5.5), ontime(X + 180)]).violations)

    def test_odd_minutes_once_runs_the_missed_one(self):
        ok = verify_job("j", "1-59/2 * * * *", "once", X - 190, LONG, [ontime(X - 180), ontime(X - 60), missed(X + 60, X + 125.4), ontime(X + 180)])
        self.assertEqual(ok.violations, [])
        none = verify_job("j", "1-59/2 * * * *", "skip", X - 190, LONG, [ontime(X - 180), ontime(X - 60), ontime(X + 180)])
        self.assertEqual(none.violations, [])
        self.assertEqual(none.dropped_by_policy, 1)

    def test_one_shot(self):
        at = f"at {iso(X - 2)}"
        self.assertEqual(verify_job("a", at, "skip", X - 30, LONG, []).violations, [])
        self.assertEqual(verify_job("a", at, "once", X - 30, LONG, [missed(X - 2, X + 125.3)]).violations, [])
        self.assertTrue(verify_job("a", at, "once", X - 30, LONG, []).violations)
        self.assertTrue(verify_job("a", at, "skip", X - 30, LONG, [missed(X - 2, X + 125.3)]).violations)


class ShortKills(unittest.TestCase):
    gens = [Generation(X - 100, X - 99.8, X + 0.5, "kill"), Generation(X + 1.5, X + 1.7, X + 100, "stop")]

    def test_kill_right_after_a_fire_time(self):
        for observed in ([ontime(X - 60), ontime(X, 0.3)], [ontime(X - 60)], [ontime(X - 60), ontime(X, 1.8)]):
            self.assertEqual(verify_job("j", "* * * * *", "skip", X - 95, self.gens, observed + [ontime(X + 60)]).violations, [], observed)

    def test_twice_is_caught(self):
        v = verify_job("j", "* * * * *", "skip", X - 95, self.gens, [ontime(X - 60), ontime(X, 0.3), ontime(X, 1.8), ontime(X + 60)])
        self.assertTrue(v.duplicates)

    def test_unanswered_run_counts_as_a_fire(self):
        v = verify_job("j", "* * * * *", "skip", X - 95, self.gens, [ontime(X - 60), Fire("u", X + 0.2, "interrupted", None), ontime(X + 60)])
        self.assertEqual(v.violations, [])

    def test_on_time_fire_missing_while_up_fails(self):
        v = verify_job("j", "* * * * *", "skip", X - 95, self.gens, [ontime(X - 60)])
        self.assertTrue(v.violations)

    def test_fire_in_short_downtime_runs_at_boot(self):
        gens = [Generation(X - 100, X - 99.8, X - 1, "kill"), Generation(X + 2, X + 2.2, X + 100, "stop")]
        self.assertEqual(verify_job("j", "* * * * *", "skip", X - 95, gens, [ontime(X - 60), ontime(X, 2.3), ontime(X + 60)]).violations, [])
        self.assertTrue(verify_job("j", "* * * * *", "skip", X - 95, gens, [ontime(X - 60), ontime(X + 60)]).violations)

    def test_fire_of_a_restart_killed_while_booting(self):
        # The restart answered, fired the on-time job and was killed 0.2 s later; the next one
        # spawned the same instant. The fire belongs to the killed one only.
        gens = [Generation(X - 100, X - 99.8, X - 0.5, "kill"), Generation(X + 1.0, X + 1.3, X + 1.3, "kill-during-boot"),
                Generation(X + 1.3, X + 1.4, X + 100, "stop")]
        v = verify_job("j", "* * * * *", "skip", X - 95, gens, [ontime(X - 60), ontime(X, 1.15), ontime(X + 60)])
        self.assertEqual(v.violations, [])


if __name__ == "__main__":
    unittest.main()
