# traceback crossing into a helper module
import mod_failing

print(mod_failing.parse_record('ann,31'))
records = mod_failing.load_all(['bob,25', 'cid,forty'])
