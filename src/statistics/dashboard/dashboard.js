/* The dashboard: one GraphQL request for every figure (`statistics`), charts drawn by Apache ECharts straight from the
 * API's buckets (dataset + encode), tables for the same figures (readable without the charts). The API key is kept in
 * sessionStorage only: never in a URL, gone when the tab closes. */
(function () {
  'use strict';

  var KEY_STORAGE = 'ict-registry:api-key';
  var KINDS = {
    PRINTING_ESTABLISHMENT: 'Cơ sở in',
    PUBLISHER: 'Xuất bản, phát hành',
    POSTAL_ENTERPRISE: 'Bưu chính',
    TELECOM_OPERATOR: 'Viễn thông',
    GAME_SERVICE_POINT: 'Điểm trò chơi điện tử',
    INTERNET_ACCESS_POINT: 'Điểm truy nhập Internet',
    IT_ENTERPRISE: 'Doanh nghiệp CNTT',
    RADIO_FREQUENCY_USER: 'Sử dụng tần số vô tuyến',
    INFORMATION_PROVIDER: 'Trang thông tin, bản tin',
  };
  var ENTITY_STATUSES = { ACTIVE: 'Đang hoạt động', DEREGISTERED: 'Đã xóa đăng ký' };
  var STEPS = {
    ISSUED: 'Cấp mới',
    RENEWED: 'Gia hạn',
    SUSPENDED: 'Đình chỉ',
    REINSTATED: 'Khôi phục',
    REVOKED: 'Thu hồi',
    SURRENDERED: 'Chấm dứt',
    EXPIRED: 'Hết hạn',
  };
  var UNMAPPED = {
    SPLIT_2024_WARD: 'Chưa xác định được xã (phường, xã cũ bị chia tách)',
    RECORDED_IN_2025: 'Địa chỉ theo đơn vị hành chính mới (không có cấp huyện)',
  };
  var ROLES = {
    LOCAL_OFFICER: 'Phòng Văn hóa – Xã hội / Văn hóa và Thông tin',
    DEPARTMENT_OFFICER: 'Sở',
    MINISTRY_SYSTEM: 'Hệ thống của Bộ',
    ADMIN: 'Quản trị',
  };

  var QUERY =
    'query Dashboard($filter: StatisticsFilter, $asOf: LocalDate!, $from: LocalDate!, $to: LocalDate!, $unitLevel: StatisticsUnitLevel!, $withUnits: Boolean!) {' +
    ' viewer { role label }' +
    ' licenseTypes { type nameVi }' +
    ' statistics(filter: $filter) { unitLevel unitCode unitName' +
    '  byKindStatus: entityCounts(groupBy: [KIND, STATUS], statuses: [ACTIVE, DEREGISTERED]) { kind status count }' +
    '  byUnit: entityCounts(groupBy: [UNIT], unitLevel: $unitLevel) { unitCode unitName unmapped count }' +
    '  communes: entityCounts(groupBy: [UNIT], unitLevel: COMMUNE) @include(if: $withUnits) { unitCode unitName }' +
    '  districts: entityCounts(groupBy: [UNIT], unitLevel: DISTRICT) @include(if: $withUnits) { unitCode unitName }' +
    '  licences: licenseCounts(asOf: $asOf, groupBy: [LICENSE_TYPE, STATUS]) { licenseType status count }' +
    '  trend: licenseSteps(from: $from, to: $to, interval: MONTH, groupBy: [STEP], steps: [ISSUED, RENEWED, SUSPENDED, REINSTATED, REVOKED, SURRENDERED, EXPIRED]) { period step count }' +
    '  expiring: expiringLicenseCounts(asOf: $asOf, withinDays: [30, 60, 90]) { withinDays count }' +
    '  soon: expiringLicenses(asOf: $asOf, withinDays: 90, first: 10) { edges { node { expiresOn daysLeft license { number type holder { name } } } } }' +
    ' } }';

  var $ = function (id) {
    return document.getElementById(id);
  };
  var number = new Intl.NumberFormat('vi-VN');
  var charts = {};
  var typeNames = {};
  var unitsLoaded = false;

  function message(text) {
    $('message').textContent = text || '';
  }

  function todayInVietnam() {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      new Date(),
    );
  }

  function addMonths(date, months) {
    var d = new Date(date.slice(0, 7) + '-01T00:00:00Z');
    d.setUTCMonth(d.getUTCMonth() + months);
    return d.toISOString().slice(0, 10);
  }

  function vnDate(d) {
    return d.slice(8, 10) + '/' + d.slice(5, 7) + '/' + d.slice(0, 4);
  }

  function showKeyForm() {
    $('dashboard').hidden = true;
    $('forget').hidden = true;
    $('key-form').hidden = false;
    $('scope').textContent = '';
    $('key').focus();
  }

  function graphql(query, variables) {
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + sessionStorage.getItem(KEY_STORAGE) },
      body: JSON.stringify({ query: query, variables: variables }),
    }).then(function (res) {
      return res.json().then(function (body) {
        var errors = body.errors || [];
        if (res.status === 401 || errors.some((e) => e.extensions && e.extensions.code === 'UNAUTHENTICATED')) {
          sessionStorage.removeItem(KEY_STORAGE);
          showKeyForm();
          throw new Error('Khóa API không hợp lệ, đã bị thu hồi hoặc hết hạn. Vui lòng nhập lại.');
        }
        if (errors.length) throw new Error(errors.map((e) => e.message).join('; '));
        return body.data;
      });
    });
  }

  function cell(row, text, numeric) {
    var td = document.createElement('td');
    td.textContent = text;
    if (numeric) td.className = 'n';
    row.appendChild(td);
  }

  function fillTable(id, rows) {
    var body = $(id).querySelector('tbody');
    body.replaceChildren();
    rows.forEach(function (values) {
      var tr = document.createElement('tr');
      values.forEach(function (v) {
        cell(tr, typeof v === 'number' ? number.format(v) : v, typeof v === 'number');
      });
      body.appendChild(tr);
    });
  }

  function chart(id) {
    if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'svg', locale: 'VI' });
    return charts[id];
  }

  var COMMON = {
    animation: false,
    aria: { enabled: true },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { containLabel: true, left: 8, right: 16, top: 40, bottom: 8 },
  };

  function draw(s) {
    // Entities by kind, stacked by status: one filtered view of the buckets per status.
    var statuses = Object.keys(ENTITY_STATUSES);
    chart('chart-entities').setOption(
      Object.assign({}, COMMON, {
        legend: { top: 0 },
        dataset: [{ source: s.byKindStatus }].concat(
          statuses.map(function (st) {
            return { transform: { type: 'filter', config: { dimension: 'status', '=': st } } };
          }),
        ),
        xAxis: { type: 'value' },
        yAxis: {
          type: 'category',
          data: Object.keys(KINDS),
          axisLabel: {
            formatter: function (k) {
              return KINDS[k] || k;
            },
          },
        },
        series: statuses.map(function (st, i) {
          return { type: 'bar', stack: 'all', name: ENTITY_STATUSES[st], datasetIndex: i + 1, encode: { y: 'kind', x: 'count' } };
        }),
      }),
      true,
    );

    var units = s.byUnit.map(function (b) {
      return { label: b.unitName || UNMAPPED[b.unmapped] || '—', count: b.count };
    });
    chart('chart-units').setOption(
      Object.assign({}, COMMON, {
        dataset: { source: units },
        xAxis: { type: 'category', axisLabel: { rotate: 60, interval: 0, fontSize: 10 } },
        yAxis: { type: 'value', name: 'Số cơ sở' },
        series: [{ type: 'bar', name: 'Số cơ sở đang hoạt động', encode: { x: 'label', y: 'count' } }],
      }),
      true,
    );

    var steps = Object.keys(STEPS);
    chart('chart-trend').setOption(
      Object.assign({}, COMMON, {
        legend: { top: 0 },
        dataset: [{ source: s.trend }].concat(
          steps.map(function (st) {
            return { transform: { type: 'filter', config: { dimension: 'step', '=': st } } };
          }),
        ),
        xAxis: { type: 'category' },
        yAxis: { type: 'value', name: 'Số giấy phép' },
        series: steps.map(function (st, i) {
          return { type: 'line', name: STEPS[st], datasetIndex: i + 1, encode: { x: 'period', y: 'count' } };
        }),
      }),
      true,
    );
  }

  function render(data) {
    var s = data.statistics;
    data.licenseTypes.forEach(function (t) {
      typeNames[t.type] = t.nameVi;
    });
    $('scope').textContent =
      (ROLES[data.viewer.role] || data.viewer.role) +
      (data.viewer.label ? ' (' + data.viewer.label + ')' : '') +
      ' — phạm vi: ' +
      s.unitName;

    if (!unitsLoaded && s.communes) {
      var select = $('unit');
      if (s.unitLevel !== 'PROVINCE') {
        select.replaceChildren(new Option(s.unitName, ''));
        select.disabled = true;
      } else {
        [
          ['Xã, phường (từ 01/7/2025)', s.communes],
          ['Quận, huyện (trước 01/7/2025)', s.districts],
        ].forEach(function (group) {
          var og = document.createElement('optgroup');
          og.label = group[0];
          group[1].forEach(function (b) {
            if (b.unitCode) og.appendChild(new Option(b.unitName || b.unitCode, b.unitCode));
          });
          select.appendChild(og);
        });
      }
      unitsLoaded = true;
    }

    var sum = function (list, pred) {
      return list.filter(pred).reduce(function (n, b) {
        return n + b.count;
      }, 0);
    };
    var cards = [
      ['Cơ sở đang hoạt động', sum(s.byKindStatus, (b) => b.status === 'ACTIVE')],
      ['Giấy phép còn hiệu lực', sum(s.licences, (b) => b.status === 'ACTIVE')],
      ['Giấy phép đang đình chỉ', sum(s.licences, (b) => b.status === 'SUSPENDED')],
    ].concat(
      s.expiring.map(function (b) {
        return ['Hết hạn trong ' + b.withinDays + ' ngày', b.count];
      }),
    );
    var dl = $('summary');
    dl.replaceChildren();
    cards.forEach(function (c) {
      var div = document.createElement('div');
      var dt = document.createElement('dt');
      var dd = document.createElement('dd');
      dt.textContent = c[0];
      dd.textContent = number.format(c[1]);
      div.append(dt, dd);
      dl.appendChild(div);
    });

    fillTable(
      'table-entities',
      Object.keys(KINDS).map(function (k) {
        return [
          KINDS[k],
          sum(s.byKindStatus, (b) => b.kind === k && b.status === 'ACTIVE'),
          sum(s.byKindStatus, (b) => b.kind === k && b.status === 'DEREGISTERED'),
        ];
      }),
    );
    var types = [];
    s.licences.forEach(function (b) {
      if (types.indexOf(b.licenseType) < 0) types.push(b.licenseType);
    });
    fillTable(
      'table-licences',
      types.map(function (t) {
        return [typeNames[t] || t].concat(
          ['ACTIVE', 'SUSPENDED', 'EXPIRED', 'REVOKED', 'SURRENDERED'].map(function (st) {
            return sum(s.licences, (b) => b.licenseType === t && b.status === st);
          }),
        );
      }),
    );
    fillTable(
      'table-expiring',
      s.soon.edges.map(function (e) {
        var n = e.node;
        return [n.license.number, typeNames[n.license.type] || n.license.type, n.license.holder.name, vnDate(n.expiresOn), n.daysLeft];
      }),
    );
    draw(s);
  }

  function load() {
    var asOf = $('as-of').value || todayInVietnam();
    var filter = {};
    if ($('kind').value) filter.kinds = [$('kind').value];
    if ($('unit').value) filter.unitCode = $('unit').value;
    message('Đang tải số liệu…');
    return graphql(QUERY, {
      filter: filter,
      asOf: asOf,
      from: addMonths(asOf, -11),
      to: asOf,
      unitLevel: $('unit-level').value,
      withUnits: !unitsLoaded,
    })
      .then(function (data) {
        $('key-form').hidden = true;
        $('dashboard').hidden = false;
        $('forget').hidden = false;
        render(data);
        message('');
        // How many times figures were shown (tests wait on it).
        document.body.dataset.loads = String(Number(document.body.dataset.loads || 0) + 1);
      })
      .catch(function (e) {
        message('Không tải được số liệu: ' + e.message);
      });
  }

  function download(format) {
    var params = new URLSearchParams({ from: $('report-from').value, to: $('report-to').value });
    if ($('unit').value) params.set('unitCode', $('unit').value);
    message('Đang lập báo cáo…');
    fetch('/statistics/report.' + format + '?' + params, { headers: { authorization: 'Bearer ' + sessionStorage.getItem(KEY_STORAGE) } })
      .then(function (res) {
        if (!res.ok)
          return res.json().then(function (b) {
            throw new Error((b.errors || []).map((e) => e.message).join('; ') || res.statusText);
          });
        return res.blob().then(function (blob) {
          var a = document.createElement('a');
          a.href = URL.createObjectURL(blob);
          a.download = 'bao-cao-' + params.get('from') + '-' + params.get('to') + '.' + format;
          document.body.appendChild(a);
          a.click();
          a.remove();
          setTimeout(function () {
            URL.revokeObjectURL(a.href);
          }, 10000);
          message('');
        });
      })
      .catch(function (e) {
        message('Không lập được báo cáo: ' + e.message);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var today = todayInVietnam();
    $('as-of').value = today;
    $('report-to').value = today;
    $('report-from').value = today.slice(0, 4) + '-01-01';
    Object.keys(KINDS).forEach(function (k) {
      $('kind').appendChild(new Option(KINDS[k], k));
    });
    $('key-form').addEventListener('submit', function (e) {
      e.preventDefault();
      sessionStorage.setItem(KEY_STORAGE, $('key').value.trim());
      $('key').value = '';
      load();
    });
    $('filters').addEventListener('submit', function (e) {
      e.preventDefault();
      load();
    });
    $('unit-level').addEventListener('change', load);
    $('report').addEventListener('submit', function (e) {
      e.preventDefault();
      download(e.submitter && e.submitter.dataset.format === 'xlsx' ? 'xlsx' : 'csv');
    });
    $('forget').addEventListener('click', function () {
      sessionStorage.removeItem(KEY_STORAGE);
      message('Đã xóa khóa khỏi trình duyệt.');
      showKeyForm();
    });
    window.addEventListener('resize', function () {
      Object.keys(charts).forEach(function (id) {
        charts[id].resize();
      });
    });
    if (sessionStorage.getItem(KEY_STORAGE)) load();
    else showKeyForm();
  });
})();
