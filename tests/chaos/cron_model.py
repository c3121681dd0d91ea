"""What the cron jobs should have done, given when the daemon was up, and whether they did.

The model follows the documented rules (README "Kernel", `CronPlanner`):

- the scheduler ticks every second; at a tick it takes the fire times in
  (considered_at, now]; the most recent one runs on time if it is at most 60 s old, every
  other one was missed and the job's policy decides: `skip` drops them, `once` runs the most
  recent one (an on-time fire covers it), `catch_up:N` runs the N most recent, then the on-time
  one;
- a job's schedule is marked dealt with before its turn starts, so a crash between the two
  loses that fire (at most once), and nothing ever fires twice.

The daemon's life is a list of generations (spawned at P, healthy at H, ended at K by kill -9
or, for the last, by a graceful stop). A run can only start while its process lives, so the
fires observed in the journal split by generation exactly. For each generation the model lists
every outcome the rules allow, branching only where timing makes it honestly uncertain:

- the first tick after a boot happens somewhere in [P, H + BOOT_SLOP]: that decides which
  fire times it sees and whether the newest is still on time;
- a fire time less than EDGE seconds before a kill may or may not have been dealt with before
  the kill (if not, the next boot deals with it);
- a fire decided less than LOSS seconds before the process ended may be lost (the documented
  crash window).

A generation passes when its observed fires match one allowed outcome exactly: every observed
fire is an allowed fire (same fire time, same missed flag), every allowed fire that is absent
could have been lost, and no fire time fires twice.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

TICK_SLOP = 2.0  # a due fire is taken at the next tick: at most this late while the daemon is up
BOOT_SLOP = 1.5  # the first tick after boot happens by healthy + this
EDGE = 2.0  # fire times this close before a kill may be dealt with before it or after the restart
LOSS = 3.0  # a fire decided this close before the process ended may never have started its run
START_SLOP = 5.0  # a decided fire's run starts within this (catch-up fires queue on the agent)
GRACE = 60.0


def parse_iso(text: str) -> float:
    text = text.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    return dt.datetime.fromisoformat(text).timestamp()


def iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Schedule:
    """The schedules the chaos test uses: minute cron expressions and `at <ISO>`."""

    text: str
    minutes: set[int] | None = None
    at: float | None = None

    @classmethod
    def parse(cls, text: str) -> "Schedule":
        if text.startswith("at "):
            return cls(text, at=parse_iso(text[3:]))
        fields = text.split()
        if len(fields) != 5 or fields[1:] != ["*", "*", "*", "*"]:
            raise ValueError(f"the chaos model only knows minute cron expressions and `at`: {text!r}")
        minute = fields[0]
        step = 1
        if "/" in minute:
            minute, step_text = minute.split("/")
            step = int(step_text)
        if minute == "*":
            low, high = 0, 59
        elif "-" in minute:
            low, high = (int(x) for x in minute.split("-"))
        else:
            low = high = int(minute)
        return cls(text, minutes=set(range(low, high + 1, step)))

    def slots(self, after: float, upto: float) -> list[float]:
        """Fire times in (after, upto]."""
        if self.at is not None:
            return [self.at] if after < self.at <= upto else []
        result = []
        t = (int(after) // 60 + 1) * 60
        while t <= upto:
            if (t // 60) % 60 in self.minutes:
                result.append(float(t))
            t += 60
        return result


@dataclass
class Policy:
    kind: str
    cap: int = 0

    @classmethod
    def parse(cls, text: str) -> "Policy":
        text = text.strip().lower().replace("-", "_")
        if text in ("skip", "once"):
            return cls(text)
        if text.startswith("catch_up") or text.startswith("catchup"):
            cap = int(text.split(":", 1)[1]) if ":" in text else 3
            return cls("catch_up", cap)
        raise ValueError(text)

    def plan(self, due: list[float], now: float) -> list[tuple[float, bool]]:
        """The fires (time, missed) a tick at `now` runs for fire times `due` (oldest first)."""
        if not due:
            return []
        on_time = due[-1] if now - due[-1] <= GRACE else None
        missed = due[:-1] if on_time is not None else due
        if self.kind == "skip":
            chosen = []
        elif self.kind == "once":
            if on_time is not None:
                return [(on_time, False)]
            chosen = missed[-1:]
        else:
            chosen = missed[-self.cap:] if self.cap > 0 else []
        return [(t, True) for t in chosen] + ([(on_time, False)] if on_time is not None else [])


@dataclass
class Generation:
    spawn: float
    healthy: float
    end: float  # when the kill was sent, or when the graceful stop was asked for
    end_kind: str  # "kill" or "stop"
    exited: float = 0.0  # when the process was gone (a graceful stop takes a moment)

    def __post_init__(self):
        self.exited = max(self.exited, self.end)


@dataclass
class Fire:
    """An observed fire: a run on the job's own agent."""

    run_id: str
    started_at: float
    status: str
    label: str | None  # "ontime", an ISO fire time (missed), or None (the model never answered)

    @property
    def missed_at(self) -> float | None:
        return parse_iso(self.label) if self.label and self.label != "ontime" else None


@dataclass
class Allowed:
    slot: float
    missed: bool
    decided: tuple[float, float]  # when the tick that decided it may have happened
    lossy: bool


@dataclass
class JobVerdict:
    name: str
    schedule: str
    policy: str
    slots: int = 0
    fired: int = 0
    fired_missed: int = 0
    dropped_by_policy: int = 0
    lost_in_crash_window: int = 0
    duplicates: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)


def generation_outcomes(schedule: Schedule, policy: Policy, gen: Generation, carry: float) -> list[tuple[list[Allowed], float, int]]:
    """Every outcome the rules allow for one generation that starts with the fire times up to
    `carry` dealt with: (allowed fires, carry at its end, fire times dropped by the policy)."""
    outcomes = []
    boot_lo, boot_hi = gen.spawn, max(gen.spawn, min(gen.healthy + BOOT_SLOP, gen.end))
    # The first tick may happen anywhere in the boot window: try it at every point where the
    # answer can change (a fire time entering the window, or turning 60 s old).
    candidates = {boot_lo, boot_hi}
    for s in schedule.slots(carry, boot_hi):
        for point in (s, s + GRACE):
            for delta in (-0.01, 0.01):
                if boot_lo <= point + delta <= boot_hi:
                    candidates.add(point + delta)
    seen = set()
    for t0 in sorted(candidates):
        due = schedule.slots(carry, t0)
        boot_fires = policy.plan(due, t0)
        key = (tuple(due), tuple(boot_fires))
        if key in seen:
            continue
        seen.add(key)
        allowed = [Allowed(s, m, (boot_lo, boot_hi), gen.end - t0 <= LOSS) for s, m in boot_fires]
        dropped = len(due) - len(boot_fires)
        considered = t0 if due else carry
        later = schedule.slots(max(carry, t0), gen.end)
        sure = [s for s in later if s + EDGE < gen.end]
        edge = [s for s in later if s + EDGE >= gen.end]
        base = allowed + [Allowed(s, False, (s, s + TICK_SLOP), gen.end - s <= TICK_SLOP + LOSS) for s in sure]
        carry_sure = max([considered] + sure)
        # Fire times just before the end: dealt with before it (then possibly lost) or after the restart.
        for taken in range(len(edge) + 1):
            extra = [Allowed(s, False, (s, s + TICK_SLOP), True) for s in edge[:taken]]
            outcomes.append((base + extra, max([carry_sure] + edge[:taken]), dropped))
    return outcomes


def match(allowed: list[Allowed], observed: list[Fire]) -> tuple[bool, int, str]:
    """Whether the observed fires are one allowed outcome: (ok, fires lost in a crash window, why not)."""
    remaining = list(allowed)
    unlabeled = []
    for fire in sorted(observed, key=lambda f: f.started_at):
        if fire.label is None:
            unlabeled.append(fire)
            continue
        if fire.label == "ontime":
            pick = [a for a in remaining if not a.missed and a.slot <= fire.started_at + 0.5
                    and fire.started_at - a.slot <= GRACE + BOOT_SLOP + START_SLOP]
            pick.sort(key=lambda a: -a.slot)
        else:
            pick = [a for a in remaining if a.missed and abs(a.slot - fire.missed_at) < 0.5]
        if not pick:
            what = "on time" if fire.label == "ontime" else f"as a missed fire due {fire.label}"
            return False, 0, f"run {fire.run_id} started {iso(fire.started_at)} ({what}) is not a fire the policy allows here"
        remaining.remove(pick[0])
    for fire in unlabeled:
        pick = [a for a in remaining if a.decided[0] - 0.5 <= fire.started_at <= a.decided[1] + START_SLOP]
        if not pick:
            return False, 0, f"run {fire.run_id} started {iso(fire.started_at)} (no model answer journaled) matches no allowed fire"
        remaining.remove(pick[0])
    required = [a for a in remaining if not a.lossy]
    if required:
        return False, 0, "did not fire: " + ", ".join(f"{iso(a.slot)}{' (missed, policy runs it)' if a.missed else ' (on time)'}" for a in required)
    return True, len(remaining), ""


def slot_of(fire: Fire, schedule: Schedule, created_at: float) -> float | None:
    """The fire time a fire served: named in its label when missed, else the latest before it."""
    if fire.missed_at is not None:
        return fire.missed_at
    if fire.label == "ontime":
        earlier = schedule.slots(created_at, fire.started_at + 0.5)
        return earlier[-1] if earlier else None
    return None


def verify_job(name: str, schedule_text: str, policy_text: str, created_at: float, generations: list[Generation], fires: list[Fire]) -> JobVerdict:
    schedule = Schedule.parse(schedule_text)
    policy = Policy.parse(policy_text)
    verdict = JobVerdict(name, schedule_text, policy_text)
    verdict.slots = len(schedule.slots(created_at, generations[-1].end)) if generations else 0
    verdict.fired = len(fires)
    verdict.fired_missed = sum(1 for f in fires if f.missed_at is not None)
    by_slot: dict[float, list[Fire]] = {}
    for fire in fires:
        slot = slot_of(fire, schedule, created_at)
        if slot is None and fire.label == "ontime":
            verdict.violations.append(f"run {fire.run_id} at {iso(fire.started_at)} says on time but no fire time precedes it")
        elif slot is not None:
            by_slot.setdefault(slot, []).append(fire)
    for slot, group in sorted(by_slot.items()):
        if len(group) > 1:
            verdict.duplicates.append(f"{iso(slot)} fired {len(group)} times (runs {', '.join(f.run_id for f in group)})")
    # Each run belongs to the process that was alive when it started (nearest one within 0.5 s
    # for clock jitter); a run no process of this test could have started is a violation.
    owner: dict[str, int] = {}
    for fire in fires:
        distances = [(max(g.spawn - fire.started_at, fire.started_at - g.exited, 0.0), i) for i, g in enumerate(generations)]
        if distances:
            distance, index = min(distances)
            if distance <= 0.5:
                owner[fire.run_id] = index
    carries = {created_at}
    for index, gen in enumerate(generations):
        if gen.exited <= created_at:
            continue
        window = gen if gen.spawn >= created_at else Generation(created_at, created_at, gen.end, gen.end_kind, gen.exited)
        observed = [f for f in fires if owner.get(f.run_id) == index]
        good, bad = [], []
        for carry in sorted(carries):
            for allowed, carry_out, dropped in generation_outcomes(schedule, policy, window, carry):
                ok, lost, reason = match(allowed, observed)
                (good if ok else bad).append((lost, dropped, carry_out, reason))
        if good:
            lost, dropped = min((g[0], g[1]) for g in good)
            verdict.lost_in_crash_window += lost
            verdict.dropped_by_policy += dropped
            carries = {g[2] for g in good}
        else:
            verdict.violations.append(
                f"generation {index} (up {iso(gen.spawn)}..{iso(gen.end)}, ended by {gen.end_kind}): {bad[0][3] if bad else 'no outcome'}")
            carries = {b[2] for b in bad} or carries
    for fire in fires:
        if fire.run_id not in owner:
            verdict.violations.append(f"run {fire.run_id} started {iso(fire.started_at)} while no daemon of this test was running")
    verdict.violations.extend(f"fired twice: {d}" for d in verdict.duplicates)
    return verdict


def _epoch(year, month, day, hour, minute, second=0) -> float:
    return float(calendar.timegm((year, month, day, hour, minute, second)))
