-- GET /api/health; optional pause between requests on a connection: $WRK_DELAY_MS.
dofile(os.getenv("LOAD_LUA") .. "/common.lua")
expect = '"status"'
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")
if pause > 0 then function delay() return pause end end
