-- An inquiry for a number never seen before, each time: a generated customer is made for every request. Each wrk
-- thread gets its own prefix (setup runs once per thread), so two threads never ask for the same number, and each
-- wrk run against the same emulator its own digit (its first argument, 0-8), so a measured run does not ask again
-- for the warm-up's numbers, whose customers are already made.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local n = 0
local base = "/v1/irs/inquiry?client_id=c17229eb-3d2b-4576-8f5d-c2e716da764b&client_secret=gvxzqypljtoukfanckakaa9z0md4x5aj&idrs=IDRS&pin=123456&product_code=PLN20&ref_id=1&to="
local prefix
function init(args)
  prefix = "0" .. tostring(100 + 10 * (tonumber(args[1]) or 0) + wrk.thread:get("id"))
end

request = function()
  n = n + 1
  return wrk.format("GET", base .. prefix .. string.format("%07d", n))
end
