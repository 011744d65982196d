-- An inquiry for a number never seen before, each time: a generated customer is made for every request.
local n = 0
local base = "/v1/irs/inquiry?client_id=c17229eb-3d2b-4576-8f5d-c2e716da764b&client_secret=gvxzqypljtoukfanckakaa9z0md4x5aj&idrs=IDRS&pin=123456&product_code=PLN20&ref_id=1&to="
local thread_tag = math.random(100, 999)
request = function()
  n = n + 1
  return wrk.format("GET", base .. "0" .. thread_tag .. string.format("%07d", n))
end
