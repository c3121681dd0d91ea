-- POST /v1/chat/completions, `model` taking the agents load-000 … load-(N-1) in turn
-- (N = $AGENTS; each thread starts at a different agent). Pause: $WRK_DELAY_MS.
dofile(os.getenv("LOAD_LUA") .. "/common.lua")
expect = '"chat.completion"'
local agents = tonumber(os.getenv("AGENTS") or "100")
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")
local counter = 0
local headers = { ["Content-Type"] = "application/json" }

function init(args)
   counter = (id or 0) * 37
end

function request()
   local name = string.format("load-%03d", counter % agents)
   counter = counter + 1
   local body = '{"model":"' .. name .. '","messages":[{"role":"user","content":"Say ok (request ' .. counter .. ')."}]}'
   return wrk.format("POST", "/v1/chat/completions", headers, body)
end

if pause > 0 then function delay() return pause end end
