/**
 */
package org.sameboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Memo</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.Memo#getTitle <em>Title</em>}</li>
 *   <li>{@link org.sameboat.model.Memo#getText <em>Text</em>}</li>
 *   <li>{@link org.sameboat.model.Memo#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.sameboat.model.Memo#getCreated <em>Created</em>}</li>
 *   <li>{@link org.sameboat.model.Memo#getModified <em>Modified</em>}</li>
 *   <li>{@link org.sameboat.model.Memo#getAbout <em>About</em>}</li>
 * </ul>
 *
 * @see org.sameboat.model.SameboatPackage#getMemo()
 * @model
 * @generated
 */
public interface Memo extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.sameboat.model.SameboatPackage#getMemo_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Memo#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.sameboat.model.SameboatPackage#getMemo_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Memo#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' reference.
	 * @see #setAuthor(Coder)
	 * @see org.sameboat.model.SameboatPackage#getMemo_Author()
	 * @model
	 * @generated
	 */
	Coder getAuthor();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Memo#getAuthor <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' reference.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(Coder value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(long)
	 * @see org.sameboat.model.SameboatPackage#getMemo_Created()
	 * @model
	 * @generated
	 */
	long getCreated();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Memo#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(long value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(long)
	 * @see org.sameboat.model.SameboatPackage#getMemo_Modified()
	 * @model
	 * @generated
	 */
	long getModified();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Memo#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(long value);

	/**
	 * Returns the value of the '<em><b>About</b></em>' reference list.
	 * The list contents are of type {@link org.sameboat.model.Identified}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>About</em>' reference list.
	 * @see org.sameboat.model.SameboatPackage#getMemo_About()
	 * @model
	 * @generated
	 */
	EList<Identified> getAbout();

} // Memo
