import { mount } from 'svelte';
import deck from 'virtual:deck';
import Study from './Study.svelte';

mount(Study, { target: document.getElementById('app')!, props: { deck } });
