-- Every buy a new ref_id, as real traffic: each request creates a transaction.
local n = 0
local base = "/v1/irs/buy?client_id=c17229eb-3d2b-4576-8f5d-c2e716da764b&client_secret=gvxzqypljtoukfanckakaa9z0md4x5aj&idrs=IDRS&pin=123456&product_code=OVO10&to=081234567890&ref_id="
request = function()
  n = n + 1
  return wrk.format("GET", base .. tostring(math.random(1, 1000000000)) .. "-" .. tostring(n))
end
