import { mount } from 'svelte';
import { browserStorage } from '../browser-storage.ts';
import { io } from 'socket.io-client';
import { roomCodeOf, VIEW_PARAMS } from '../deck/view.ts';
import { LiveClient, readIdentity } from './client.svelte.ts';
import Join from './Join.svelte';
import { liveWords } from '../locale/index.ts';
import './join.css';

const text = liveWords(document.documentElement.lang);
document.title = text.title;

// None where storage is refused: the page still works while it stays open.
const storage = browserStorage();

// Same origin as the page: the server that serves it runs the room. WebSocket first (one connection, and no sticky sessions needed behind a load balancer), long-polling when
// a network lets no WebSocket through.
const client = new LiveClient(
  io({ transports: ['websocket', 'polling'], tryAllTransports: true, reconnectionDelayMax: 3000 }),
  storage,
);
const room = roomCodeOf(new URLSearchParams(location.search).get(VIEW_PARAMS.room));
mount(Join, { target: document.getElementById('app')!, props: { client, text, room } });
// A phone that joined this room before (a reload, a phone back from sleep) is the same person.
if (room && readIdentity(storage, room)) void client.join(room);
