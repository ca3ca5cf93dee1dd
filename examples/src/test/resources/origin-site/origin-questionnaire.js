/*
 * A stand-in for the existing consultation site's questionnaire script, written from its
 * description (REFERENCE section 5): it builds the rows of scores and the checkboxes from its own
 * lists, and on submit, with no role chosen, shows the failure message and sends nothing; else it
 * posts one JSON object ("tab": "MainFeedback", scores as numbers by idea text, ticks as
 * "Heading: activity") and shows the thanks on a 2xx answer, the failure otherwise.
 */
(function () {
  'use strict';
  var IDEAS = [
    'Data tool collaboration',
    'Improving data quality',
    'Facilitating information sharing',
    'Making sense of case management systems',
    'Making sense of AI RPA and other advanced and integrative software',
    'Influencing technology markets',
    'Curating technical standards',
    'Advocacy across internal hierarchies',
    'Supporting professional development',
    'Helping leadership to expect excellence',
    'Redefining cross-sector collaboration',
    'Responding to large-scale change',
    'Discovering what works'
  ];
  var ACTIVITIES = [
    { heading: 'Data tool collaboration', items: ['Maintaining and continuously developing key products which the sector can rely on', 'Advising local authority users on best practice in using and developing shared tools', 'Facilitating collaborative design and development of future shared tools'] },
    { heading: 'Improving data quality', items: ['Providing data quality tools and methods and driving improvement', 'Defining suitable data quality standards and best practices for the sector', 'Balancing and explaining the elements of data quality and data maturity in LAs'] },
    { heading: 'Facilitating information sharing', items: ['Promoting good practice in information sharing', 'Detailing relevant statutory duties and legislation for easy reference by LAs', 'Advocating for national policy ensuring information sharing works for our sector'] },
    { heading: 'Procurement and configuration', items: ['Improving typical procurement practice and other CMS-related activity', 'Sharing and hosting good practice in system configuration and operation', 'Challenging the existing market with new approaches to procurement-development'] },
    { heading: 'Advanced technology', items: ['Surveying the technology landscape and developing adoption approaches', 'Explaining options to local authorities, including how-to guidance and training', 'Advocating for good practice with strategies for AI RPA and other technologies'] },
    { heading: 'Influencing technology markets', items: ['Convening local authorities to reach actionable consensus on market issues', 'Liaising with central government to scope useful policy instruments', 'Engaging with suppliers to maintain dialogue on mutually beneficial behaviours'] },
    { heading: 'Curating standards', items: ['Curating relevant technical and data standards for our sector', 'Managing processes for changes to relevant standards', 'Interacting with cross-government standards work to help it meet our needs'] },
    { heading: 'Advocacy across hierarchies', items: ['Advocating for technical functions to senior leaders and practitioners', 'Supporting solutions which will work in varied structural contexts', 'Identifying effective delivery routes for beneficial changes and support offers'] },
    { heading: 'Supporting professional development', items: ['Signposting learning opportunities which meet real needs', 'Developing provision to meet critical sector needs eg-training and specialist capacity', 'Establishing professional standards for the sector'] },
    { heading: 'Helping leadership to expect excellence', items: ['Developing senior leaders to maintain high quality local data and digital functions', 'Defining standard cross-sector expectations of local data functions', 'Enabling professionals and peers to assess local data and digital maturity'] },
    { heading: 'Redefining cross-sector collaboration', items: ['Co-ordinating the sectors cross-government data-digital change processes', 'Hosting funding and creating sector resources shared across levels of government', 'Helping local authorities appropriately relate national policy to local delivery'] },
    { heading: 'Responding to large scale change', items: ['Helping LAs and government navigate the data and digital challenge of change', 'Testing support approaches to identify those which actually work for LAs', 'Negotiating across hierarchies including local and national on the change agenda'] },
    { heading: 'Discovering what works', items: ['Mapping innovation and improvement activity relevant to the sector', 'Connecting colleagues with partners and resources relevant to their problems', 'Evaluating practices to understand effectiveness in improving outcomes for children'] }
  ];
  var ROLES = [
    'Local authority data professional',
    'Local authority digital professional',
    'Local authority children’s social care professional',
    'Local authority leadership',
    'Central government data professional',
    'Central government digital professional',
    'Central government social care professional',
    'Central government leadership',
    'Other public sector professional role',
    'Data and digital supplier/partner',
    'Data and digital consultant',
    'Other private sector professional role',
    'Person (with current or previous social care involvement as a service user)',
    'Person (without current or previous social care involvement as a service user)'
  ];
  function slug(text) {
    return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }
  var form = document.getElementById('main-form');
  var ok = document.getElementById('mf-ok');
  var err = document.getElementById('mf-err');
  document.getElementById('mf-page').value = window.location.href;
  var role = document.getElementById('mf-role');
  ROLES.forEach(function (text) {
    var option = document.createElement('option');
    option.textContent = text;
    role.appendChild(option);
  });
  function rows(container, prefix) {
    IDEAS.forEach(function (idea) {
      var row = document.createElement('div');
      var label = document.createElement('label');
      label.htmlFor = prefix + '-' + slug(idea);
      label.textContent = idea;
      var select = document.createElement('select');
      select.id = prefix + '-' + slug(idea);
      ['\u2014', '1', '2', '3', '4', '5'].forEach(function (value, i) {
        var option = document.createElement('option');
        option.value = i === 0 ? '' : value;
        option.textContent = value;
        select.appendChild(option);
      });
      row.appendChild(label);
      row.appendChild(select);
      container.appendChild(row);
    });
  }
  rows(document.getElementById('use-rows'), 'use');
  rows(document.getElementById('like-rows'), 'like');
  var boxes = document.getElementById('activity-boxes');
  ACTIVITIES.forEach(function (group) {
    var h4 = document.createElement('h4');
    h4.textContent = group.heading;
    boxes.appendChild(h4);
    group.items.forEach(function (item) {
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.value = group.heading + ': ' + item;
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + item));
      boxes.appendChild(label);
    });
  });
  function value(id) {
    var element = document.getElementById(id);
    return element ? element.value.trim() : '';
  }
  function scores(prefix) {
    var out = {};
    IDEAS.forEach(function (idea) {
      var v = value(prefix + '-' + slug(idea));
      if (v !== '') {
        out[idea] = Number(v);
      }
    });
    return out;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!role.value) {
      err.hidden = false;
      ok.hidden = true;
      return;
    }
    var ticked = [];
    Array.prototype.forEach.call(boxes.querySelectorAll('input[type=checkbox]'), function (box) {
      if (box.checked) {
        ticked.push(box.value);
      }
    });
    var body = {
      tab: 'MainFeedback', page: value('mf-page'), role: value('mf-role'), org: value('mf-org'),
      email: value('mf-email'), rank_usefulness: scores('use'), rank_likelihood: scores('like'),
      activities: ticked, section: '', comments: value('mf-comments'), hp_field: value('mf_hp')
    };
    fetch(form.getAttribute('data-endpoint'), {
      method: 'POST', mode: 'cors', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) {
        ok.hidden = false;
        err.hidden = true;
        form.reset();
        role.focus();
      } else {
        err.hidden = false;
        ok.hidden = true;
      }
    }, function () {
      err.hidden = false;
      ok.hidden = true;
    });
  });
}());
