package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.SsmParameter;
import io.ami4j.spi.Call;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SSM GetParameter and GetParametersByPath over the public parameters of each region. */
final class Parameters extends AccountOps {
  /** SSM's largest page of GetParametersByPath. */
  static final int MAX_PAGE = 10;

  Parameters(World world, AccountId account) {
    super(world, account);
  }

  Optional<SsmParameter> get(Call call, String name) {
    synchronized (w) {
      String value = w.region(call.region()).ssmParameters.get(name);
      return value == null ? Optional.empty() : Optional.of(SsmParameter.of(name, value));
    }
  }

  Page<SsmParameter> byPath(Call call, String path, PageRequest page) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      if (!path.startsWith("/")) {
        throw w.error("ValidationException", "The parameter path '" + path + "' must start with /");
      }
      if (page.size().orElse(MAX_PAGE) > MAX_PAGE) {
        throw w.error("ValidationException", "1 validation error detected: Value '" + page.size().get()
            + "' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 10");
      }
      String prefix = path.endsWith("/") ? path : path + "/";
      List<SsmParameter> out = new ArrayList<>();
      for (Map.Entry<String, String> e : r.ssmParameters.entrySet()) {
        if (e.getKey().startsWith(prefix)) {
          out.add(SsmParameter.of(e.getKey(), e.getValue()));
        }
      }
      return Paging.page(w, "GetParametersByPath:" + prefix, out, page, MAX_PAGE);
    }
  }
}
