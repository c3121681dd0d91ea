-- The scripted provider alone: POST /openai/v1/chat/completions as the daemon sends it.
dofile(os.getenv("LOAD_LUA") .. "/common.lua")
expect = '"chat.completion"'
wrk.method = "POST"
wrk.path = "/openai/v1/chat/completions"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"model":"llama-3.3-70b-versatile","stream":false,"messages":[{"role":"system","content":"You are a load-test agent."},{"role":"user","content":"Say ok."}]}'
