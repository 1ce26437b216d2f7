import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {embeddableVideoUrl} from '@site/src/playbook/docfxBlocks';
import styles from './styles.module.css';

export interface VideoProps {
  src: string;
  /** The caption's text; the iframe's accessible name. */
  title?: string;
  children?: ReactNode;
}

/**
 * A DocFX `> [!VIDEO …]` player in a responsive 16:9 frame. The remark plugin only emits
 * allowlisted players; the component checks again and falls back to a plain link.
 */
export default function Video({src, title, children}: VideoProps): ReactNode {
  const url = embeddableVideoUrl(src);
  if (!url) return <p><a href={src}>{src}</a></p>;
  const name =
    title ||
    translate({id: 'video.title', message: 'Video from {host}', description: 'Accessible name of an embedded video without caption'}, {host: url.hostname});
  return (
    <figure className={styles.video}>
      <div className={styles.frame}>
        <iframe
          src={url.href}
          title={name}
          loading="lazy"
          allow="encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
          sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
        />
      </div>
      {children ? <figcaption className={styles.caption}>{children}</figcaption> : null}
    </figure>
  );
}
