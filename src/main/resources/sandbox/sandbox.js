/*
 * The Delight sandbox page: a stand-in for a Slack channel, the app's Home tab and its modals.
 *
 * It polls /sandbox/events for what the bot said (entries with an id that stays with a message
 * across replacements), renders Block Kit, and sends what the user does to /sandbox/command,
 * /sandbox/action, /sandbox/submit, /sandbox/close, /sandbox/home and /sandbox/nudges.
 *
 * Everything the bot or the user wrote is put into the page with textContent or as text nodes,
 * never as HTML; the server's Content-Security-Policy refuses inline scripts besides.
 */
(function () {
  'use strict';

  var POLL_MS = 700;

  /** Slack's emoji codes the app uses, and a few common ones; any other code is shown as typed. */
  var EMOJI = {
    'large_green_circle': '\u{1F7E2}', 'large_yellow_circle': '\u{1F7E1}', 'red_circle': '\u{1F534}',
    'white_circle': '\u26AA', 'large_blue_circle': '\u{1F535}', 'black_circle': '\u26AB',
    'alarm_clock': '\u23F0', 'hammer_and_wrench': '\u{1F6E0}\uFE0F', 'gift': '\u{1F381}',
    'crystal_ball': '\u{1F52E}', 'bulb': '\u{1F4A1}', 'white_check_mark': '\u2705', 'tada': '\u{1F389}',
    'sunrise': '\u{1F305}', 'speaking_head_in_silhouette': '\u{1F5E3}\uFE0F', 'speaking_head': '\u{1F5E3}\uFE0F',
    'seedling': '\u{1F331}', 'see_no_evil': '\u{1F648}', 'rotating_light': '\u{1F6A8}', 'moneybag': '\u{1F4B0}',
    'chart_with_downwards_trend': '\u{1F4C9}', 'chart_with_upwards_trend': '\u{1F4C8}', 'bar_chart': '\u{1F4CA}',
    'arrow_upper_right': '\u2197\uFE0F', 'arrow_right': '\u27A1\uFE0F', 'arrow_lower_right': '\u2198\uFE0F',
    'arrow_up': '\u2B06\uFE0F', 'arrow_down': '\u2B07\uFE0F', 'warning': '\u26A0\uFE0F', 'x': '\u274C',
    'heavy_check_mark': '\u2714\uFE0F', 'star': '\u2B50', 'fire': '\u{1F525}', '+1': '\u{1F44D}',
    'thumbsup': '\u{1F44D}', '-1': '\u{1F44E}', 'wave': '\u{1F44B}', 'calendar': '\u{1F4C6}',
    'date': '\u{1F4C5}', 'memo': '\u{1F4DD}', 'email': '\u{1F4E7}', 'handshake': '\u{1F91D}',
    'rocket': '\u{1F680}', 'sparkles': '\u2728', 'hourglass': '\u231B', 'hourglass_flowing_sand': '\u23F3',
    'bell': '\u{1F514}', 'pushpin': '\u{1F4CC}', 'eyes': '\u{1F440}', 'heart': '\u2764\uFE0F',
    'smile': '\u{1F604}', 'slightly_smiling_face': '\u{1F642}', 'information_source': '\u2139\uFE0F',
    'lock': '\u{1F512}', 'telephone_receiver': '\u{1F4DE}', 'phone': '\u260E\uFE0F', 'clipboard': '\u{1F4CB}',
    'trophy': '\u{1F3C6}', 'muscle': '\u{1F4AA}', 'raised_hands': '\u{1F64C}', 'clap': '\u{1F44F}',
    'zap': '\u26A1', 'boom': '\u{1F4A5}', 'mag': '\u{1F50D}', 'books': '\u{1F4DA}', 'bookmark': '\u{1F516}',
    'hugging_face': '\u{1F917}', 'thinking_face': '\u{1F914}', 'party_popper': '\u{1F389}',
    'no_entry': '\u26D4', 'stopwatch': '\u23F1\uFE0F', 'spiral_calendar_pad': '\u{1F5D3}\uFE0F',
    'birthday': '\u{1F382}', 'balloon': '\u{1F388}', 'wrench': '\u{1F527}', 'link': '\u{1F517}',
    'speech_balloon': '\u{1F4AC}', 'envelope': '\u2709\uFE0F', 'chart': '\u{1F4B9}', 'dart': '\u{1F3AF}',
    'money_with_wings': '\u{1F4B8}', 'heavy_plus_sign': '\u2795', 'heavy_minus_sign': '\u2796'
  };

  var state = {
    last: 0,
    user: 'U0SANDBOX1',
    channel: 'C0SANDBOX',
    first: true,
    polling: false,
    pollAgain: false,
    modals: [],        // open modal entries, the topmost last
    shownModal: null,  // "id@seq" of the modal on screen, so a poll does not wipe what is typed
    home: null,        // the Home tab entry
    place: 'channel'
  };

  var names = { 'U0SANDBOX1': 'Sandbox User', 'U0SANDBOXBOT': 'Delight' };
  var channels = { 'C0SANDBOX': 'sandbox' };

  // ---- DOM helpers -------------------------------------------------------------------------

  function $(id) {
    return document.getElementById(id);
  }

  /** An element with a class, text and data attributes; never HTML. */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function str(value) {
    return value === undefined || value === null ? '' : String(value);
  }

  // ---- Slack's text ----------------------------------------------------------------------

  /** Slack escapes three characters in mrkdwn; shown as the characters they stand for. */
  function decode(text) {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }

  function emoji(code) {
    var found = Object.prototype.hasOwnProperty.call(EMOJI, code) ? EMOJI[code] : null;
    if (!found) {
      return document.createTextNode(':' + code + ':');
    }
    var span = el('span', 'emoji', found);
    span.title = ':' + code + ':';
    span.setAttribute('data-emoji', code);
    return span;
  }

  /** plain_text: as written, with emoji codes turned into emoji unless the object says not to. */
  function plain(textObject) {
    var fragment = document.createDocumentFragment();
    var text = typeof textObject === 'string' ? textObject : str(textObject && textObject.text);
    if (textObject && textObject.emoji === false) {
      fragment.appendChild(document.createTextNode(text));
      return fragment;
    }
    var pattern = /:([a-z0-9_+'-]+):/g;
    var at = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      if (match.index > at) {
        fragment.appendChild(document.createTextNode(text.slice(at, match.index)));
      }
      fragment.appendChild(emoji(match[1]));
      at = pattern.lastIndex;
    }
    if (at < text.length) {
      fragment.appendChild(document.createTextNode(text.slice(at)));
    }
    return fragment;
  }

  /** A text object of either kind. */
  function textOf(textObject) {
    if (!textObject) {
      return document.createDocumentFragment();
    }
    if (textObject.type === 'mrkdwn') {
      return mrkdwn(str(textObject.text));
    }
    return plain(textObject);
  }

  /**
   * Slack's mrkdwn: ```code blocks```, > quotes, *bold*, _italic_, ~strike~, `code`, <links|and>,
   * <@mentions>, :emoji:, line breaks; &lt; &gt; &amp; shown as the characters.
   */
  function mrkdwn(text) {
    var fragment = document.createDocumentFragment();
    var fence = /```([\s\S]*?)```/g;
    var at = 0;
    var match;
    while ((match = fence.exec(text)) !== null) {
      if (match.index > at) {
        lines(text.slice(at, match.index), fragment);
      }
      fragment.appendChild(el('pre', 'code-block', decode(match[1].replace(/^\n/, ''))));
      at = fence.lastIndex;
    }
    if (at < text.length) {
      lines(text.slice(at), fragment);
    }
    return fragment;
  }

  function lines(text, parent) {
    var all = text.split('\n');
    for (var i = 0; i < all.length; i++) {
      var line = all[i];
      var quote = /^&gt;\s?/.exec(line);
      if (quote) {
        var block = el('div', 'quote');
        inline(line.slice(quote[0].length), block);
        parent.appendChild(block);
        continue;
      }
      inline(line, parent);
      if (i < all.length - 1 && !/^&gt;/.test(all[i + 1])) {
        parent.appendChild(document.createElement('br'));
      }
    }
  }

  var TOKEN = new RegExp([
    '`([^`\\n]+)`',                                          // 1 code
    '<([^<>\\n]+)>',                                         // 2 link, mention
    '(^|[^A-Za-z0-9*])\\*(?=\\S)([^*\\n]*?\\S)\\*(?![A-Za-z0-9*])',  // 3 before, 4 bold
    '(^|[^A-Za-z0-9_])_(?=\\S)([^_\\n]*?\\S)_(?![A-Za-z0-9_])',      // 5 before, 6 italic
    '(^|[^A-Za-z0-9~])~(?=\\S)([^~\\n]*?\\S)~(?![A-Za-z0-9~])',      // 7 before, 8 strike
    ':([a-z0-9_+\'-]+):'                                     // 9 emoji
  ].join('|'), 'g');

  function inline(text, parent) {
    var pattern = new RegExp(TOKEN.source, 'g');
    var at = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      var lead = text.slice(at, match.index) + (match[3] || match[5] || match[7] || '');
      if (lead) {
        parent.appendChild(document.createTextNode(decode(lead)));
      }
      if (match[1] !== undefined) {
        parent.appendChild(el('code', 'code', decode(match[1])));
      } else if (match[2] !== undefined) {
        parent.appendChild(control(match[2]));
      } else if (match[4] !== undefined) {
        inline(match[4], parent.appendChild(el('strong')));
      } else if (match[6] !== undefined) {
        inline(match[6], parent.appendChild(el('em')));
      } else if (match[8] !== undefined) {
        inline(match[8], parent.appendChild(el('s')));
      } else if (match[9] !== undefined) {
        parent.appendChild(emoji(match[9]));
      }
      at = pattern.lastIndex;
    }
    if (at < text.length) {
      parent.appendChild(document.createTextNode(decode(text.slice(at))));
    }
  }

  /** What Slack writes between < and >: a mention, a channel, a special mention, a date or a link. */
  function control(inner) {
    var bar = inner.indexOf('|');
    var target = bar < 0 ? inner : inner.slice(0, bar);
    var label = bar < 0 ? null : decode(inner.slice(bar + 1));
    if (target.charAt(0) === '@') {
      var user = target.slice(1);
      return el('span', 'mention', '@' + (label || names[user] || user));
    }
    if (target.charAt(0) === '#') {
      var channel = target.slice(1);
      return el('span', 'mention', '#' + (label || channels[channel] || channel));
    }
    if (target.charAt(0) === '!') {
      var special = target.slice(1);
      if (special === 'here' || special === 'channel' || special === 'everyone') {
        return el('span', 'mention', '@' + special);
      }
      return document.createTextNode(label || special.split('^')[0]);
    }
    var url = decode(target);
    if (/^(https?:\/\/|mailto:)/i.test(url)) {
      var link = el('a', 'link', label || url);
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      return link;
    }
    return document.createTextNode(label || url);
  }

  // ---- Block Kit ---------------------------------------------------------------------------

  /**
   * Blocks into a container. ctx: {messageId, surface: 'message'|'modal'|'home'}; clicks on its
   * elements post /sandbox/action with ctx.messageId.
   */
  function renderBlocks(blocks, ctx) {
    var container = el('div', 'blocks');
    (blocks || []).forEach(function (block, index) {
      var node = renderBlock(block, index, ctx);
      if (node) {
        if (block.block_id) {
          node.setAttribute('data-block-id', block.block_id);
        }
        container.appendChild(node);
      }
    });
    return container;
  }

  function blockIdOf(block, index) {
    return block.block_id || ('b' + index);
  }

  function renderBlock(block, index, ctx) {
    var node;
    switch (block.type) {
      case 'header':
        node = el('div', 'block block-header');
        node.appendChild(plain(block.text));
        return node;
      case 'section':
        return section(block, index, ctx);
      case 'context':
        node = el('div', 'block block-context');
        (block.elements || []).forEach(function (element) {
          if (element.type === 'image') {
            node.appendChild(el('span', 'image-alt', '[' + str(element.alt_text || 'image') + ']'));
          } else {
            var part = el('span', 'context-part');
            part.appendChild(textOf(element));
            node.appendChild(part);
          }
        });
        return node;
      case 'divider':
        return el('hr', 'block block-divider');
      case 'actions':
        node = el('div', 'block block-actions');
        (block.elements || []).forEach(function (element) {
          node.appendChild(renderElement(element, blockIdOf(block, index), ctx));
        });
        return node;
      case 'image':
        node = el('div', 'block block-image');
        if (block.title) {
          node.appendChild(el('div', 'image-title', str(block.title.text)));
        }
        node.appendChild(el('div', 'image-alt', '[image: ' + str(block.alt_text) + ']'));
        return node;
      case 'input':
        return ctx.surface === 'modal' ? inputBlock(block, index) : null;
      case 'rich_text':
        node = el('div', 'block block-rich-text');
        node.textContent = richText(block);
        return node;
      default:
        return el('div', 'block block-unsupported', '[' + str(block.type) + ' block]');
    }
  }

  function section(block, index, ctx) {
    var node = el('div', 'block block-section');
    var main = el('div', 'section-main');
    if (block.text) {
      var text = el('div', 'section-text');
      text.appendChild(textOf(block.text));
      main.appendChild(text);
    }
    if (block.fields && block.fields.length) {
      var fields = el('div', 'section-fields');
      block.fields.forEach(function (field) {
        var cell = el('div', 'section-field');
        cell.appendChild(textOf(field));
        fields.appendChild(cell);
      });
      main.appendChild(fields);
    }
    node.appendChild(main);
    if (block.accessory) {
      var accessory = el('div', 'section-accessory');
      accessory.appendChild(renderElement(block.accessory, blockIdOf(block, index), ctx));
      node.appendChild(accessory);
    }
    return node;
  }

  function richText(block) {
    var out = [];
    (function walk(node) {
      if (!node) {
        return;
      }
      if (typeof node.text === 'string') {
        out.push(node.text);
      }
      (node.elements || []).forEach(walk);
    })(block);
    return out.join('');
  }

  function renderElement(element, blockId, ctx) {
    switch (element.type) {
      case 'button':
        return button(element, blockId, ctx);
      case 'static_select':
      case 'overflow':
        return menu(element, blockId, ctx);
      case 'image':
        return el('span', 'image-alt', '[' + str(element.alt_text || 'image') + ']');
      default:
        return el('span', 'element-unsupported', '[' + str(element.type) + ']');
    }
  }

  function button(element, blockId, ctx) {
    var node = el('button', 'btn' + (element.style ? ' btn-' + element.style : ''));
    node.type = 'button';
    node.appendChild(plain(element.text));
    node.setAttribute('data-action-id', str(element.action_id));
    node.setAttribute('data-block-id', blockId);
    if (element.value !== undefined) {
      node.setAttribute('data-value', str(element.value));
    }
    if (element.style) {
      node.setAttribute('data-style', element.style);
    }
    node.addEventListener('click', function () {
      if (element.confirm && !window.confirm(confirmText(element.confirm))) {
        return;
      }
      if (element.url && /^https?:\/\//i.test(element.url)) {
        window.open(element.url, '_blank', 'noopener');
      }
      click(ctx, { actionId: element.action_id, blockId: blockId, value: element.value }, node);
    });
    return node;
  }

  function confirmText(confirm) {
    return [confirm.title && confirm.title.text, confirm.text && confirm.text.text].filter(Boolean).join('\n\n');
  }

  function menu(element, blockId, ctx) {
    var select = el('select', 'select');
    select.setAttribute('data-action-id', str(element.action_id));
    select.setAttribute('data-block-id', blockId);
    var placeholder = el('option', null, element.type === 'overflow' ? '…' : str(element.placeholder && element.placeholder.text) || 'Select');
    placeholder.value = '';
    select.appendChild(placeholder);
    options(element).forEach(function (option) {
      var item = el('option', null, str(option.text && option.text.text));
      item.value = str(option.value);
      select.appendChild(item);
    });
    select.addEventListener('change', function () {
      if (select.value) {
        click(ctx, { actionId: element.action_id, blockId: blockId, selectedValue: select.value }, select);
      }
    });
    return select;
  }

  function options(element) {
    var all = (element.options || []).slice();
    (element.option_groups || []).forEach(function (group) {
      all = all.concat(group.options || []);
    });
    return all;
  }

  // ---- talking to the sandbox --------------------------------------------------------------

  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body || {}),
      cache: 'no-store'
    }).then(function (response) {
      return response.json().catch(function () {
        return { ok: false, error: 'HTTP ' + response.status };
      });
    }).catch(function () {
      return { ok: false, error: 'The sandbox does not answer. Is the app still running?' };
    }).then(function (answer) {
      pollSoon();
      return answer;
    });
  }

  function click(ctx, action, control) {
    var body = {
      messageId: ctx.messageId,
      actionId: action.actionId,
      blockId: action.blockId
    };
    if (action.value !== undefined) {
      body.value = action.value;
    }
    if (action.selectedValue !== undefined) {
      body.selectedValue = action.selectedValue;
    }
    if (ctx.surface === 'modal') {
      body.values = modalValues();
    }
    control.disabled = true;
    control.classList.add('busy');
    post('/sandbox/action', body).then(function (answer) {
      control.disabled = false;
      control.classList.remove('busy');
      if (!answer.ok) {
        toast(answer.error || 'That did not work.');
      }
    });
  }

  function poll() {
    if (state.polling) {
      state.pollAgain = true;
      return;
    }
    state.polling = true;
    fetch('/sandbox/events?since=' + encodeURIComponent(state.last), { cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        if (data.reset) {
          reset();
        }
        if (data.user) {
          state.user = data.user;
        }
        apply(data.entries || [], state.first);
        state.last = data.last;
        if (state.first) {
          state.first = false;
          document.body.setAttribute('data-ready', 'true');
        }
        connected(true);
      })
      .catch(function () {
        connected(false);
      })
      .then(function () {
        state.polling = false;
        if (state.pollAgain) {
          state.pollAgain = false;
          poll();
        }
      });
  }

  function pollSoon() {
    setTimeout(poll, 30);
  }

  function connected(up) {
    $('status').hidden = up;
  }

  function reset() {
    var list = $('messages');
    Array.prototype.slice.call(list.querySelectorAll('[data-id]')).forEach(function (node) {
      node.remove();
    });
    state.modals = [];
    state.home = null;
    renderModal();
  }

  // ---- applying what changed ---------------------------------------------------------------

  function apply(entries, initial) {
    var list = $('messages');
    var nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    var added = false;
    entries.forEach(function (entry) {
      switch (entry.kind) {
        case 'command':
          added = upsert(userLine(entry)) || added;
          break;
        case 'message':
          added = upsert(botMessage(entry)) || added;
          break;
        case 'note':
        case 'error':
          added = upsert(noteLine(entry)) || added;
          break;
        case 'modal':
          // A page opened afresh shows no modal left over from before, as Slack on a reload.
          if (!initial) {
            openModal(entry);
          }
          break;
        case 'home':
          state.home = entry;
          renderHome();
          break;
        case 'removed':
          removeEntry(entry.id);
          break;
        default:
          break;
      }
    });
    if (added && (nearBottom || initial)) {
      list.scrollTop = list.scrollHeight;
    }
  }

  /** Replaces the element with the same data-id in place, or appends it; true when appended. */
  function upsert(node) {
    var list = $('messages');
    var existing = find(list, node.getAttribute('data-id'));
    if (existing) {
      existing.replaceWith(node);
      return false;
    }
    list.appendChild(node);
    return true;
  }

  function find(root, id) {
    var nodes = root.querySelectorAll('[data-id]');
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].getAttribute('data-id') === id) {
        return nodes[i];
      }
    }
    return null;
  }

  function removeEntry(id) {
    var existing = find($('messages'), id);
    if (existing) {
      existing.remove();
    }
    var before = state.modals.length;
    state.modals = state.modals.filter(function (modal) {
      return modal.id !== id;
    });
    if (state.modals.length !== before) {
      renderModal();
    }
  }

  function time(entry) {
    var at = new Date(entry.at);
    return isNaN(at.getTime()) ? '' : at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  function meta(author, entry, badge) {
    var line = el('div', 'meta');
    line.appendChild(el('span', 'author', author));
    if (badge) {
      line.appendChild(el('span', 'badge', 'APP'));
    }
    var when = el('time', 'time', time(entry));
    when.dateTime = str(entry.at);
    line.appendChild(when);
    return line;
  }

  function userLine(entry) {
    var node = el('div', 'user-message');
    node.setAttribute('data-id', entry.id);
    node.setAttribute('data-kind', 'command');
    node.appendChild(el('div', 'avatar avatar-user', 'S'));
    var content = el('div', 'content');
    content.appendChild(meta(names[state.user] || 'You', entry, false));
    content.appendChild(el('div', 'typed', entry.text));
    node.appendChild(content);
    return node;
  }

  function noteLine(entry) {
    var node = el('div', 'note' + (entry.kind === 'error' ? ' sandbox-error' : ''));
    node.setAttribute('data-id', entry.id);
    node.setAttribute('data-kind', entry.kind);
    node.appendChild(el('span', 'note-label', entry.kind === 'error' ? 'Sandbox error' : 'Sandbox'));
    node.appendChild(el('span', 'note-text', entry.text));
    return node;
  }

  function where(channel) {
    if (!channel || channel === state.channel) {
      return null;
    }
    if (channel.charAt(0) === 'D') {
      return 'Direct message to you';
    }
    return 'Posted in #' + (channels[channel] || channel.toLowerCase());
  }

  function botMessage(entry) {
    var node = el('div', 'message bot' + (entry.ephemeral ? ' ephemeral' : ''));
    node.setAttribute('data-id', entry.id);
    node.setAttribute('data-kind', 'message');
    node.setAttribute('data-ephemeral', entry.ephemeral ? 'true' : 'false');
    node.setAttribute('data-channel', str(entry.channel));
    if (entry.ts) {
      node.setAttribute('data-ts', entry.ts);
    }
    node.appendChild(el('div', 'avatar avatar-bot', 'D'));
    var content = el('div', 'content');
    var line = meta('Delight', entry, true);
    var place = where(entry.channel);
    if (place) {
      line.appendChild(el('span', 'where', place));
    }
    if (entry.ephemeral) {
      line.appendChild(el('span', 'ephemeral-note', 'Only visible to you'));
    }
    content.appendChild(line);
    if (entry.blocks && entry.blocks.length) {
      content.appendChild(renderBlocks(entry.blocks, { messageId: entry.id, surface: 'message' }));
    } else {
      var text = el('div', 'fallback-text');
      text.appendChild(mrkdwn(str(entry.text)));
      content.appendChild(text);
    }
    node.appendChild(content);
    return node;
  }

  // ---- the Home tab ------------------------------------------------------------------------

  function renderHome() {
    var home = $('home');
    home.textContent = '';
    if (!state.home || !state.home.view) {
      home.appendChild(el('p', 'home-loading', 'Opening your Home tab…'));
      return;
    }
    home.setAttribute('data-id', state.home.id);
    home.setAttribute('data-view-id', str(state.home.view.id));
    home.appendChild(renderBlocks(state.home.view.blocks, { messageId: state.home.id, surface: 'home' }));
  }

  function show(place) {
    state.place = place;
    $('channel-view').hidden = place !== 'channel';
    $('home-view').hidden = place !== 'home';
    [['nav-channel', 'channel'], ['nav-home', 'home']].forEach(function (pair) {
      var item = $(pair[0]);
      item.classList.toggle('active', pair[1] === place);
      if (pair[1] === place) {
        item.setAttribute('aria-current', 'page');
      } else {
        item.removeAttribute('aria-current');
      }
    });
    if (place === 'home') {
      renderHome();
      post('/sandbox/home', {}).then(function (answer) {
        if (!answer.ok) {
          toast(answer.error || 'The Home tab did not open.');
        }
      });
    } else {
      $('composer').focus();
    }
  }

  // ---- modals ------------------------------------------------------------------------------

  function openModal(entry) {
    var index = -1;
    state.modals.forEach(function (modal, i) {
      if (modal.id === entry.id) {
        index = i;
      }
    });
    if (index >= 0) {
      state.modals[index] = entry;
    } else {
      state.modals.push(entry);
    }
    renderModal();
  }

  function topModal() {
    return state.modals.length ? state.modals[state.modals.length - 1] : null;
  }

  function renderModal() {
    var overlay = $('modal');
    var modal = topModal();
    if (!modal) {
      overlay.hidden = true;
      overlay.removeAttribute('data-view-id');
      overlay.removeAttribute('data-callback-id');
      state.shownModal = null;
      return;
    }
    var key = modal.id + '@' + modal.seq;
    if (state.shownModal === key) {
      return;
    }
    state.shownModal = key;
    var view = modal.view || {};
    overlay.setAttribute('data-view-id', modal.id);
    overlay.setAttribute('data-callback-id', str(view.callback_id));
    $('modal-title').textContent = '';
    $('modal-title').appendChild(plain(view.title || ''));
    var body = $('modal-body');
    body.textContent = '';
    body.appendChild(renderBlocks(view.blocks, { messageId: modal.id, surface: 'modal' }));
    $('modal-error').hidden = true;
    $('modal-error').textContent = '';
    var submit = $('modal-submit');
    submit.hidden = !view.submit;
    submit.textContent = '';
    submit.appendChild(plain(view.submit || 'Submit'));
    submit.disabled = false;
    var close = $('modal-close');
    close.textContent = '';
    close.appendChild(plain(view.close || 'Cancel'));
    overlay.hidden = false;
    var first = body.querySelector('.input-control');
    if (first) {
      first.focus();
    }
  }

  function inputBlock(block, index) {
    var blockId = blockIdOf(block, index);
    var element = block.element || {};
    var actionId = element.action_id || ('a' + index);
    var node = el('div', 'block input-block');
    node.setAttribute('data-block-id', blockId);
    var controlId = 'input-' + blockId.replace(/[^A-Za-z0-9_-]/g, '_');
    var label = el('label', 'input-label');
    label.htmlFor = controlId;
    label.appendChild(plain(block.label || ''));
    if (block.optional) {
      label.appendChild(el('span', 'optional', ' (optional)'));
    }
    node.appendChild(label);
    var control = inputControl(element);
    control.id = controlId;
    control.classList.add('input-control');
    control.setAttribute('data-block-id', blockId);
    control.setAttribute('data-action-id', actionId);
    control.setAttribute('data-type', str(element.type));
    node.appendChild(control);
    if (block.hint) {
      var hint = el('div', 'hint');
      hint.appendChild(plain(block.hint));
      node.appendChild(hint);
    }
    var error = el('div', 'field-error');
    error.setAttribute('data-block-id', blockId);
    error.setAttribute('role', 'alert');
    error.hidden = true;
    node.appendChild(error);
    return node;
  }

  function inputControl(element) {
    var control;
    var placeholder = element.placeholder ? str(element.placeholder.text) : '';
    switch (element.type) {
      case 'plain_text_input':
        control = el(element.multiline ? 'textarea' : 'input');
        if (!element.multiline) {
          control.type = 'text';
        } else {
          control.rows = 4;
        }
        if (element.max_length) {
          control.maxLength = element.max_length;
        }
        control.value = str(element.initial_value);
        control.placeholder = placeholder;
        return control;
      case 'number_input':
        control = el('input');
        control.type = 'number';
        control.value = str(element.initial_value);
        return control;
      case 'static_select':
        control = el('select', 'select');
        var none = el('option', null, placeholder || 'Select an option');
        none.value = '';
        control.appendChild(none);
        options(element).forEach(function (option) {
          var item = el('option', null, str(option.text && option.text.text));
          item.value = str(option.value);
          control.appendChild(item);
        });
        control.value = element.initial_option ? str(element.initial_option.value) : '';
        return control;
      case 'datepicker':
        control = el('input');
        control.type = 'date';
        control.value = str(element.initial_date);
        return control;
      case 'timepicker':
        control = el('input');
        control.type = 'time';
        control.value = str(element.initial_time);
        return control;
      case 'conversations_select':
      case 'channels_select':
        control = el('input');
        control.type = 'text';
        control.value = str(element.initial_conversation || element.initial_channel);
        control.placeholder = placeholder || 'A channel ID, like C0ACME01';
        control.spellcheck = false;
        return control;
      case 'users_select':
        control = el('input');
        control.type = 'text';
        control.value = str(element.initial_user);
        control.placeholder = placeholder || 'A user ID, like U0SANDBOX1';
        control.spellcheck = false;
        return control;
      default:
        control = el('input');
        control.type = 'text';
        control.placeholder = '[' + str(element.type) + ']';
        return control;
    }
  }

  /** The modal's inputs as Slack's state values: {blockId: {actionId: {type, value…}}}. */
  function modalValues() {
    var values = {};
    Array.prototype.forEach.call($('modal-body').querySelectorAll('.input-control'), function (control) {
      var blockId = control.getAttribute('data-block-id');
      var actionId = control.getAttribute('data-action-id');
      var type = control.getAttribute('data-type');
      var value = { type: type };
      var raw = control.value;
      switch (type) {
        case 'static_select':
          value.selected_option = raw ? { value: raw } : null;
          break;
        case 'datepicker':
          value.selected_date = raw || null;
          break;
        case 'timepicker':
          value.selected_time = raw || null;
          break;
        case 'conversations_select':
          value.selected_conversation = raw.trim() || null;
          break;
        case 'channels_select':
          value.selected_channel = raw.trim() || null;
          break;
        case 'users_select':
          value.selected_user = raw.trim() || null;
          break;
        default:
          value.value = raw === '' ? null : raw;
      }
      values[blockId] = values[blockId] || {};
      values[blockId][actionId] = value;
    });
    return values;
  }

  function clearErrors() {
    Array.prototype.forEach.call($('modal-body').querySelectorAll('.field-error'), function (error) {
      error.hidden = true;
      error.textContent = '';
      error.parentNode.classList.remove('has-error');
    });
    $('modal-error').hidden = true;
    $('modal-error').textContent = '';
  }

  function showErrors(errors) {
    var general = [];
    Object.keys(errors).forEach(function (blockId) {
      var target = null;
      Array.prototype.forEach.call($('modal-body').querySelectorAll('.field-error'), function (error) {
        if (error.getAttribute('data-block-id') === blockId) {
          target = error;
        }
      });
      if (target) {
        target.textContent = str(errors[blockId]);
        target.hidden = false;
        target.parentNode.classList.add('has-error');
      } else {
        general.push(str(errors[blockId]));
      }
    });
    if (general.length) {
      $('modal-error').textContent = general.join(' ');
      $('modal-error').hidden = false;
    }
  }

  function submitModal(event) {
    event.preventDefault();
    var modal = topModal();
    if (!modal) {
      return;
    }
    var submit = $('modal-submit');
    submit.disabled = true;
    clearErrors();
    post('/sandbox/submit', {
      viewId: modal.id,
      callbackId: modal.view && modal.view.callback_id,
      privateMetadata: modal.view && modal.view.private_metadata,
      values: modalValues()
    }).then(function (answer) {
      submit.disabled = false;
      if (!answer.ok) {
        $('modal-error').textContent = str(answer.error || 'The form was not sent.');
        $('modal-error').hidden = false;
        return;
      }
      if (answer.errors && Object.keys(answer.errors).length) {
        showErrors(answer.errors);
        return;
      }
      if (answer.closed) {
        dropModal(modal.id);
      }
    });
  }

  function dropModal(id) {
    state.modals = state.modals.filter(function (open) {
      return open.id !== id;
    });
    renderModal();
  }

  function closeModal() {
    var modal = topModal();
    if (!modal) {
      return;
    }
    dropModal(modal.id);
    post('/sandbox/close', { viewId: modal.id, callbackId: modal.view && modal.view.callback_id });
  }

  // ---- the rest of the page ----------------------------------------------------------------

  var toastTimer = null;

  function toast(text) {
    var node = $('toast');
    node.textContent = text;
    node.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () {
      node.hidden = true;
    }, 6000);
  }

  function send(event) {
    event.preventDefault();
    var composer = $('composer');
    var text = composer.value.trim();
    if (!text) {
      return;
    }
    composer.value = '';
    post('/sandbox/command', { text: text }).then(function (answer) {
      if (!answer.ok && answer.error && !/not a command|too long|did not accept/.test(answer.error)) {
        toast(answer.error);
      }
    });
  }

  function runNudges() {
    var buttonNode = $('run-nudges');
    buttonNode.disabled = true;
    buttonNode.textContent = 'Running…';
    show('channel');
    post('/sandbox/nudges', {}).then(function (answer) {
      buttonNode.disabled = false;
      buttonNode.textContent = "Run today's nudges";
      if (!answer.ok) {
        toast(answer.error || 'The nudge pass did not run.');
      }
    });
  }

  function start() {
    $('composer-form').addEventListener('submit', send);
    $('nav-channel').addEventListener('click', function () {
      show('channel');
    });
    $('nav-home').addEventListener('click', function () {
      show('home');
    });
    $('run-nudges').addEventListener('click', runNudges);
    $('modal-form').addEventListener('submit', submitModal);
    $('modal-close').addEventListener('click', closeModal);
    $('modal-x').addEventListener('click', closeModal);
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !$('modal').hidden) {
        closeModal();
      }
    });
    $('composer').focus();
    poll();
    setInterval(poll, POLL_MS);
  }

  // For the page's own tests and the curious: the mrkdwn renderer, as text.
  window.delightSandbox = {
    mrkdwnText: function (text) {
      var holder = document.createElement('div');
      holder.appendChild(mrkdwn(text));
      return holder.textContent;
    }
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
