"""The room's round as the facilitator runs it: phases, the vote, the timer and what-ifs."""
