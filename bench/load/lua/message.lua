-- POST /api/agents/{id}/message. The agent ids are the lines of $AGENTS_FILE.
-- $BIND=1: thread k sends only to agent k (run with -tN -cN: one connection per agent);
-- otherwise each thread takes the agents in turn. Pause between requests: $WRK_DELAY_MS.
-- The message is "Say ok." every time, or with $UNIQUE=1 "Say ok, <thread>x<n>." (a word no
-- other message has).
dofile(os.getenv("LOAD_LUA") .. "/common.lua")
expect = '"response"'
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")
local bind = os.getenv("BIND") == "1"
local unique = os.getenv("UNIQUE") == "1"
local ids = {}
local counter = 0
local sent = 0
local headers = { ["Content-Type"] = "application/json" }
local body = '{"message":"Say ok."}'
local fixed = nil

function init(args)
   for line in io.lines(os.getenv("AGENTS_FILE")) do
      if #line > 0 then table.insert(ids, line) end
   end
   counter = (id or 0)
   if bind and not unique then
      fixed = wrk.format("POST", "/api/agents/" .. ids[(id % #ids) + 1] .. "/message", headers, body)
   end
end

function request()
   if fixed then return fixed end
   local agent
   if bind then
      agent = ids[(id % #ids) + 1]
   else
      agent = ids[(counter % #ids) + 1]
      counter = counter + 7
   end
   local text = body
   if unique then
      sent = sent + 1
      text = '{"message":"Say ok, ' .. (id or 0) .. 'x' .. sent .. '."}'
   end
   return wrk.format("POST", "/api/agents/" .. agent .. "/message", headers, text)
end

if pause > 0 then function delay() return pause end end
