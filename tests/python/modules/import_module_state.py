# module-level state shared across importers
import mod_counter_state
import mod_uses_other
print(mod_counter_state.add(5), mod_counter_state.add(10))
print(mod_uses_other.add_area(2, 3))
print(mod_counter_state.items, mod_counter_state.total)
print(mod_uses_other.mod_counter_state is mod_counter_state)
from mod_counter_state import items, total
mod_counter_state.reset()
print(mod_counter_state.items, mod_counter_state.total, items, total)
print(mod_uses_other.NAME)
