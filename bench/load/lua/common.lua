-- Shared by every wrk script of bench/load: counts answers by status, keeps the first bodies of
-- answers that are not 2xx (and of 2xx answers without the expected marker), and writes a JSON
-- summary to $WRK_JSON when wrk finishes. Loaded with dofile() by the other scripts.
local threads = {}
local next_id = 0

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

statuses = {}
samples = {}
badbody = 0
expect = nil   -- a plain substring every 2xx body must contain (set by the script)

function response(status, headers, body)
   local key = tostring(status)
   statuses[key] = (statuses[key] or 0) + 1
   local bad = status < 200 or status > 299
   if not bad and expect and not string.find(body or "", expect, 1, true) then
      bad = true
      badbody = badbody + 1
   end
   if bad and #samples < 3 then
      table.insert(samples, key .. " " .. string.sub(body or "", 1, 400))
   end
end

local function json_string(s)
   s = string.gsub(s, '[%c"\\]', function(c)
      if c == '"' then return '\\"' elseif c == '\\' then return '\\\\' else return string.format("\\u%04x", string.byte(c)) end
   end)
   return '"' .. s .. '"'
end

function done(summary, latency, requests)
   local path = os.getenv("WRK_JSON")
   if not path then return end
   local all, bodies, bad = {}, {}, 0
   for _, t in ipairs(threads) do
      for k, v in pairs(t:get("statuses") or {}) do all[k] = (all[k] or 0) + v end
      for _, s in ipairs(t:get("samples") or {}) do if #bodies < 10 then table.insert(bodies, s) end end
      bad = bad + (t:get("badbody") or 0)
   end
   local parts = {}
   for k, v in pairs(all) do table.insert(parts, json_string(k) .. ":" .. v) end
   local quoted = {}
   for _, s in ipairs(bodies) do table.insert(quoted, json_string(s)) end
   local e = summary.errors
   local f = io.open(path, "w")
   f:write("{")
   f:write(string.format('"duration_us":%d,"requests":%d,"bytes":%d,', summary.duration, summary.requests, summary.bytes))
   f:write(string.format('"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"bad_body":%d},',
      e.connect, e.read, e.write, e.status, e.timeout, bad))
   f:write(string.format('"latency_us":{"min":%d,"mean":%.1f,"stdev":%.1f,"max":%d,"p50":%d,"p90":%d,"p99":%d,"p999":%d},',
      latency.min, latency.mean, latency.stdev, latency.max,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9)))
   f:write('"statuses":{' .. table.concat(parts, ",") .. '},')
   f:write('"samples":[' .. table.concat(quoted, ",") .. ']')
   f:write("}\n")
   f:close()
end
