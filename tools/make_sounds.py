"""Generate the game's short sound cues as WAV files with the standard library only.

Run `python tools/make_sounds.py` to (re)write assets/sounds/*.wav. The cues are
soft sine tones with short fades, made here from arithmetic, so they are ours.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"

# name -> list of (frequency Hz, duration s); 0 Hz is a rest.
CUES: dict[str, list[tuple[float, float]]] = {
    "click": [(880.0, 0.045)],
    "good": [(523.25, 0.09), (659.25, 0.09), (783.99, 0.16)],
    "bad": [(392.0, 0.12), (311.13, 0.22)],
    "stay": [(523.25, 0.1), (659.25, 0.1), (783.99, 0.1), (1046.5, 0.28)],
    "leave": [(440.0, 0.16), (369.99, 0.16), (293.66, 0.34)],
    "rewind": [(659.25, 0.06), (523.25, 0.08)],
}


def tone(freq: float, seconds: float, volume: float = 0.32) -> list[int]:
    """One note as 16-bit samples, with a 10 ms fade in and a gentle fade out."""
    count = int(RATE * seconds)
    fade_in = max(1, int(RATE * 0.01))
    samples = []
    for i in range(count):
        envelope = min(1.0, i / fade_in) * (1.0 - i / count) ** 1.5
        value = math.sin(2 * math.pi * freq * i / RATE) if freq else 0.0
        value += 0.25 * math.sin(4 * math.pi * freq * i / RATE) if freq else 0.0
        samples.append(int(32767 * volume * envelope * value / 1.25))
    return samples


def write_cue(name: str, notes: list[tuple[float, float]], folder: Path = OUT) -> Path:
    """Write one cue as a mono 16-bit WAV file and return its path."""
    samples = [s for freq, secs in notes for s in tone(freq, secs)]
    path = folder / f"{name}.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, notes in CUES.items():
        print(write_cue(name, notes))


if __name__ == "__main__":
    main()
