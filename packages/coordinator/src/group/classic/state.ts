/**
 * Kafka's classic group states and the transitions it allows (ClassicGroupState):
 *
 *   Empty ──join──▶ PreparingRebalance ──all joined──▶ CompletingRebalance ──leader sync──▶ Stable
 *     ▲                 ▲   │ (no member left)                  │                           │
 *     └─────────────────┼───┘                                   └──── member change ────────┤
 *                       └───────────────────────────────────────────────────────────────────┘
 *   Dead: the group was deleted or its partition unloaded.
 */
export const GroupState = {
  Empty: 'Empty',
  PreparingRebalance: 'PreparingRebalance',
  CompletingRebalance: 'CompletingRebalance',
  Stable: 'Stable',
  Dead: 'Dead',
} as const;

export type GroupStateName = (typeof GroupState)[keyof typeof GroupState];

export const VALID_PREVIOUS_STATES: Readonly<Record<GroupStateName, readonly GroupStateName[]>> = {
  Empty: ['PreparingRebalance'],
  PreparingRebalance: ['Stable', 'CompletingRebalance', 'Empty'],
  CompletingRebalance: ['PreparingRebalance'],
  Stable: ['CompletingRebalance'],
  Dead: ['Stable', 'PreparingRebalance', 'CompletingRebalance', 'Empty', 'Dead'],
};
