"""Answer screening: secrets, PII, system-prompt leaks and tool calls in what the model sends back.

holdback (how much of a streamed tail may still grow into a match) -> screen (the text filter
and the answer rewriter) -> canary (request-side marker, leak watchers) -> toolcalls (names and
arguments) -> guard (the per-request hook and transformer factory the server calls).
"""
