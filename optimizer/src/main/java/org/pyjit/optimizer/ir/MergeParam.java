package org.pyjit.optimizer.ir;

/** The descr of a MERGE_PARAM: which operand of the MERGE before it the param takes, and its kind. */
public record MergeParam(int index, Kind kind) {}
